using System.Globalization;
using System.Text.Json;
using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Values;

namespace EventAgents.Platform.GraphQL.Schema;

public sealed partial class ScalarType
{
    /// <summary>Long: a signed 64-bit integer, serialized as a JSON number.</summary>
    public static ScalarType Long { get; } = new(
        "Long",
        static value => Numbers.TryGetInt64(value, out var l) ? l : throw new GraphQLException($"Long cannot represent non 64-bit integer value: {Inspector.Inspect(value)}"),
        static value => Numbers.TryGetInt64(value, out var l) ? l : throw new GraphQLException($"Long cannot represent non 64-bit integer value: {Inspector.Inspect(value)}"),
        static (node, _) => node is IntValueNode i && long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? l
            : throw new GraphQLException($"Long cannot represent non 64-bit integer value: {Printer.Print(node)}"),
        "The `Long` scalar type represents non-fractional signed whole 64-bit numeric values.");

    /// <summary>DateTime: an RFC 3339 date-time with offset, parsed to <see cref="DateTimeOffset"/>.</summary>
    public static ScalarType DateTime { get; } = new(
        "DateTime",
        static value => value switch
        {
            DateTimeOffset dto => dto.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
            System.DateTime dt => new DateTimeOffset(dt.Kind == DateTimeKind.Unspecified ? System.DateTime.SpecifyKind(dt, DateTimeKind.Utc) : dt)
                .ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
            string s when TryParseDateTime(s, out var parsed) => parsed.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
            _ => throw new GraphQLException($"DateTime cannot represent value: {Inspector.Inspect(value)}"),
        },
        static value => value is string s && TryParseDateTime(s, out var parsed)
            ? parsed
            : throw new GraphQLException($"DateTime cannot represent value: {Inspector.Inspect(value)}"),
        static (node, _) => node is StringValueNode s && TryParseDateTime(s.Value, out var parsed)
            ? parsed
            : throw new GraphQLException($"DateTime cannot represent value: {Printer.Print(node)}"),
        "The `DateTime` scalar represents an RFC 3339 date-time with a time-zone offset.",
        "https://scalars.graphql.org/andimarek/date-time");

    /// <summary>JSON: any JSON value, passed through as plain CLR values (dictionaries, lists, strings, numbers, booleans).</summary>
    public static ScalarType Json { get; } = new(
        "JSON",
        static value => value is JsonElement element ? JsonInput.ToClr(element) : value,
        static value => value is JsonElement element ? JsonInput.ToClr(element) : value,
        LiteralToClr,
        "The `JSON` scalar represents any JSON value.");

    private static bool TryParseDateTime(string text, out DateTimeOffset value) =>
        text.Length >= 20 && (text[^1] is 'Z' or 'z' || text[^6] is '+' or '-')
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
        || Fail(out value);

    private static bool Fail(out DateTimeOffset value)
    {
        value = default;
        return false;
    }

    private static object? LiteralToClr(ValueNode node, IReadOnlyDictionary<string, object?>? variables)
    {
        switch (node)
        {
            case NullValueNode:
                return null;
            case VariableNode v:
                return variables is not null && variables.TryGetValue(v.Name.Value, out var value) ? value : null;
            case IntValueNode i:
                return int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                    ? n
                    : long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : double.Parse(i.Value, CultureInfo.InvariantCulture);
            case FloatValueNode f:
                return double.Parse(f.Value, CultureInfo.InvariantCulture);
            case StringValueNode s:
                return s.Value;
            case BooleanValueNode b:
                return b.Value;
            case EnumValueNode e:
                return e.Value;
            case ListValueNode list:
                var items = new List<object?>(list.Values.Count);
                foreach (var item in list.Values)
                {
                    items.Add(LiteralToClr(item, variables));
                }

                return items;
            case ObjectValueNode obj:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in obj.Fields)
                {
                    map[field.Name.Value] = LiteralToClr(field.Value, variables);
                }

                return map;
            default:
                throw new GraphQLException($"JSON cannot represent value: {Printer.Print(node)}");
        }
    }
}
