using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema;
using EventAgents.Platform.GraphQL.Values;

namespace EventAgents.Platform.GraphQL.Execution;

/// <summary>Coerces the arguments of a field or directive (spec: CoerceArgumentValues). Throws <see cref="GraphQLException"/> on invalid input.</summary>
public static class ArgumentCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>(0, StringComparer.Ordinal);

    /// <summary>The coerced arguments, defaults applied.</summary>
    public static IReadOnlyDictionary<string, object?> Coerce(
        IReadOnlyList<InputValue> definitions,
        IReadOnlyList<ArgumentNode> nodes,
        IReadOnlyDictionary<string, object?>? variables)
    {
        if (definitions.Count == 0)
        {
            return Empty;
        }

        var result = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        for (var i = 0; i < definitions.Count; i++)
        {
            var definition = definitions[i];
            var name = definition.Name;
            var type = definition.Type;
            ArgumentNode? node = null;
            for (var j = 0; j < nodes.Count; j++)
            {
                if (nodes[j].Name.Value == name)
                {
                    node = nodes[j];
                    break;
                }
            }

            if (node is null)
            {
                if (definition.HasDefaultValue)
                {
                    result[name] = definition.DefaultValue;
                }
                else if (type is NonNullType)
                {
                    throw new GraphQLException($"Argument \"{name}\" of required type \"{type}\" was not provided.");
                }

                continue;
            }

            var valueNode = node.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (variables is null || !variables.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.HasDefaultValue)
                    {
                        result[name] = definition.DefaultValue;
                    }
                    else if (type is NonNullType)
                    {
                        throw new GraphQLException($"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.");
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && type is NonNullType)
            {
                throw new GraphQLException($"Argument \"{name}\" of non-null type \"{type}\" must not be null.");
            }

            if (!ValueFromAst.TryCoerce(valueNode, type, variables, out var coerced))
            {
                throw new GraphQLException($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.");
            }

            result[name] = coerced;
        }

        return result;
    }

    /// <summary>True when no argument value refers to a variable, so the coerced arguments can be cached.</summary>
    public static bool IsConstant(IReadOnlyList<ArgumentNode> nodes)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!IsConstant(nodes[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsConstant(ValueNode value)
    {
        switch (value)
        {
            case VariableNode:
                return false;
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    if (!IsConstant(item))
                    {
                        return false;
                    }
                }

                return true;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                {
                    if (!IsConstant(field.Value))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }
}
