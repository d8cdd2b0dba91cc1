using System.Collections;
using System.Text.RegularExpressions;
using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema;

namespace EventAgents.Platform.GraphQL.Values;

/// <summary>Produces a literal for an internal input value (graphql-js astFromValue), used to print default values.</summary>
public static partial class AstFromValue
{
    /// <summary>The literal for a value of a type, or null when the value cannot be represented.</summary>
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            var inner = Convert(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (value is null)
        {
            return new NullValueNode(default);
        }

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IDictionary)
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        if (Convert(item, list.OfType) is { } node)
                        {
                            nodes.Add(node);
                        }
                    }

                    return new ListValueNode(default, nodes);
                }

                return Convert(value, list.OfType);
            case InputObjectType input:
                if (value is not IDictionary<string, object?> map)
                {
                    return null;
                }

                var fields = new List<ObjectFieldNode>();
                foreach (var field in input.Fields)
                {
                    if (map.TryGetValue(field.Name, out var fieldValue) && Convert(fieldValue, field.Type) is { } node)
                    {
                        fields.Add(new ObjectFieldNode(default, new NameNode(default, field.Name), node));
                    }
                }

                return new ObjectValueNode(default, fields);
            case EnumType enumType:
                return new EnumValueNode(default, enumType.Serialize(value));
            case ScalarType scalar:
                return FromSerialized(scalar.Serialize(value), scalar);
            default:
                return null;
        }
    }

    private static ValueNode? FromSerialized(object? serialized, ScalarType scalar)
    {
        switch (serialized)
        {
            case null:
                return null;
            case bool b:
                return new BooleanValueNode(default, b);
            case string s:
                return ReferenceEquals(scalar, ScalarType.ID) && IntegerPattern().IsMatch(s)
                    ? new IntValueNode(default, s)
                    : new StringValueNode(default, s, false);
            case IDictionary<string, object?> map:
                var fields = new List<ObjectFieldNode>();
                foreach (var (key, item) in map)
                {
                    if (FromSerialized(item, scalar) is { } node)
                    {
                        fields.Add(new ObjectFieldNode(default, new NameNode(default, key), node));
                    }
                }

                return new ObjectValueNode(default, fields);
            case IEnumerable list:
                var values = new List<ValueNode>();
                foreach (var item in list)
                {
                    values.Add(FromSerialized(item, scalar) ?? new NullValueNode(default));
                }

                return new ListValueNode(default, values);
        }

        if (Numbers.TryGetDouble(serialized, out var number) && double.IsFinite(number))
        {
            var text = serialized is long l ? l.ToString(System.Globalization.CultureInfo.InvariantCulture) : Numbers.FormatJs(number);
            return IntegerPattern().IsMatch(text) ? new IntValueNode(default, text) : new FloatValueNode(default, text);
        }

        throw new GraphQLException($"Cannot convert value to AST: {Inspector.Inspect(serialized)}.");
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerPattern();
}
