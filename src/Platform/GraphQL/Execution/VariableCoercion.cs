using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema;
using EventAgents.Platform.GraphQL.Validation;
using EventAgents.Platform.GraphQL.Values;

namespace EventAgents.Platform.GraphQL.Execution;

/// <summary>Coerces a request's raw variables against an operation's variable definitions (spec: CoerceVariableValues).</summary>
public static class VariableCoercion
{
    private const int MaxErrors = 50;

    /// <summary>The coerced variables, or the errors that prevent execution.</summary>
    public static (IReadOnlyDictionary<string, object?> Values, IReadOnlyList<GraphQLError>? Errors) Coerce(
        GraphQLSchema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs)
    {
        if (operation.VariableDefinitions.Count == 0)
        {
            return (EmptyVariables.Instance, null);
        }

        var raw = JsonInput.Normalize(inputs);
        var values = new Dictionary<string, object?>(operation.VariableDefinitions.Count, StringComparer.Ordinal);
        var errors = new List<GraphQLError>();
        try
        {
            foreach (var definition in operation.VariableDefinitions)
            {
                CoerceOne(schema, definition, raw, values, errors);
            }
        }
        catch (OperationCanceledException) when (errors.Count > MaxErrors)
        {
            errors.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
        }

        return errors.Count > 0 ? (values, errors) : (values, null);
    }

    private static void CoerceOne(
        GraphQLSchema schema,
        VariableDefinitionNode definition,
        IReadOnlyDictionary<string, object?> raw,
        Dictionary<string, object?> values,
        List<GraphQLError> errors)
    {
        var name = definition.Variable.Name.Value;
        var type = TypeInfo.TypeFromAst(schema, definition.Type);
        if (type is null || !type.IsInputType)
        {
            Add(errors, GraphQLError.At($"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.", definition.Type));
            return;
        }

        if (!raw.TryGetValue(name, out var value))
        {
            if (definition.DefaultValue is not null)
            {
                if (ValueFromAst.TryCoerce(definition.DefaultValue, type, null, out var defaultValue))
                {
                    values[name] = defaultValue;
                }
            }
            else if (type is NonNullType)
            {
                Add(errors, GraphQLError.At($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
            }

            return;
        }

        if (value is null && type is NonNullType)
        {
            Add(errors, GraphQLError.At($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition));
            return;
        }

        values[name] = InputCoercion.Coerce(value, type, (path, invalid, message) =>
        {
            var prefix = $"Variable \"${name}\" got invalid value {Inspector.Inspect(invalid)}";
            if (path.Count > 0)
            {
                prefix += $" at \"{name}{InputCoercion.PrintPath(path)}\"";
            }

            Add(errors, GraphQLError.At(prefix + "; " + message, definition));
        });
    }

    private static void Add(List<GraphQLError> errors, GraphQLError error)
    {
        errors.Add(error);
        if (errors.Count > MaxErrors)
        {
            throw new OperationCanceledException();
        }
    }
}
