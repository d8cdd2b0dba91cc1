using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema;

namespace EventAgents.Platform.GraphQL.Validation.Rules;

/// <summary>Each variable is used only where its type is allowed.</summary>
public sealed class VariablesInAllowedPositionRule(ValidationContext context) : ValidationVisitor(context)
{
    /// <inheritdoc />
    public override string RuleName => "VariablesInAllowedPosition";

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return node is DocumentNode;
        }

        var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            definitions[definition.Variable.Name.Value] = definition;
        }

        var schema = Context.Schema;
        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (!definitions.TryGetValue(name, out var definition) || usage.Type is null)
            {
                continue;
            }

            var variableType = TypeInfo.TypeFromAst(schema, definition.Type);
            if (variableType is not null && !IsAllowed(schema, variableType, definition.DefaultValue, usage.Type, usage.DefaultValueSource))
            {
                Report($"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{usage.Type}\".", definition, usage.Node);
            }
        }

        return false;
    }

    private static bool IsAllowed(GraphQLSchema schema, GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, InputValue? location)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            var hasLocationDefault = location is { HasDefaultValue: true };
            if (!hasNonNullVariableDefault && !hasLocationDefault)
            {
                return false;
            }

            return TypeComparators.IsSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }

        return TypeComparators.IsSubTypeOf(schema, variableType, locationType);
    }
}
