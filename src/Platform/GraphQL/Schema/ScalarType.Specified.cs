using System.Globalization;
using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Values;

namespace EventAgents.Platform.GraphQL.Schema;

public sealed partial class ScalarType
{
    /// <summary>The built-in Int: a signed 32-bit integer.</summary>
    public static ScalarType Int { get; } = new(
        "Int",
        SerializeInt,
        static value => Numbers.TryGetDouble(value, out var d) && Math.Floor(d) == d && double.IsFinite(d)
            ? d is >= int.MinValue and <= int.MaxValue ? (int)d : throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {Inspector.Inspect(value)}")
            : throw new GraphQLException($"Int cannot represent non-integer value: {Inspector.Inspect(value)}"),
        static (node, _) => node is IntValueNode i
            ? int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {i.Value}")
            : throw new GraphQLException($"Int cannot represent non-integer value: {Printer.Print(node)}"),
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.");

    /// <summary>The built-in Float: a double-precision number.</summary>
    public static ScalarType Float { get; } = new(
        "Float",
        SerializeFloat,
        static value => Numbers.TryGetDouble(value, out var d) && double.IsFinite(d)
            ? d
            : throw new GraphQLException($"Float cannot represent non numeric value: {Inspector.Inspect(value)}"),
        static (node, _) => node switch
        {
            FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
            IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
            _ => throw new GraphQLException($"Float cannot represent non numeric value: {Printer.Print(node)}"),
        },
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).");

    /// <summary>The built-in String.</summary>
    public static ScalarType String { get; } = new(
        "String",
        SerializeString,
        static value => value as string ?? throw new GraphQLException($"String cannot represent a non string value: {Inspector.Inspect(value)}"),
        static (node, _) => node is StringValueNode s ? s.Value : throw new GraphQLException($"String cannot represent a non string value: {Printer.Print(node)}"),
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.");

    /// <summary>The built-in Boolean.</summary>
    public static ScalarType Boolean { get; } = new(
        "Boolean",
        SerializeBoolean,
        static value => value is bool b ? b : throw new GraphQLException($"Boolean cannot represent a non boolean value: {Inspector.Inspect(value)}"),
        static (node, _) => node is BooleanValueNode b ? b.Value : throw new GraphQLException($"Boolean cannot represent a non boolean value: {Printer.Print(node)}"),
        "The `Boolean` scalar type represents `true` or `false`.");

    /// <summary>The built-in ID: serialized as a string, accepting strings and integers as input.</summary>
    public static ScalarType ID { get; } = new(
        "ID",
        SerializeId,
        static value => value switch
        {
            string s => s,
            _ when Numbers.TryGetDouble(value, out var d) && double.IsFinite(d) && Math.Floor(d) == d => Numbers.FormatJs(d),
            _ => throw new GraphQLException($"ID cannot represent value: {Inspector.Inspect(value)}"),
        },
        static (node, _) => node switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw new GraphQLException($"ID cannot represent a non-string and non-integer value: {Printer.Print(node)}"),
        },
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.");

    private static object? SerializeInt(object value)
    {
        if (value is int i)
        {
            return i;
        }

        if (value is bool b)
        {
            return b ? 1 : 0;
        }

        var number = value;
        if (value is string s && s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            number = parsed;
        }

        if (!Numbers.TryGetDouble(number, out var d) || Math.Floor(d) != d || !double.IsFinite(d))
        {
            throw new GraphQLException($"Int cannot represent non-integer value: {Inspector.Inspect(value)}");
        }

        if (d is < int.MinValue or > int.MaxValue)
        {
            throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {Inspector.Inspect(value)}");
        }

        return (int)d;
    }

    private static object? SerializeFloat(object value)
    {
        if (value is bool b)
        {
            return b ? 1d : 0d;
        }

        var number = value;
        if (value is string s && s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            number = parsed;
        }

        return Numbers.TryGetDouble(number, out var d) && double.IsFinite(d)
            ? d
            : throw new GraphQLException($"Float cannot represent non numeric value: {Inspector.Inspect(value)}");
    }

    private static object? SerializeString(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        Guid g => g.ToString(),
        Enum e => e.ToString(),
        DateTimeOffset dto => dto.ToString("O", CultureInfo.InvariantCulture),
        _ when Numbers.TryGetDouble(value, out var d) && double.IsFinite(d) => Numbers.FormatJs(d),
        _ => throw new GraphQLException($"String cannot represent value: {Inspector.Inspect(value)}"),
    };

    private static object? SerializeBoolean(object value) => value switch
    {
        bool b => b,
        _ when Numbers.TryGetDouble(value, out var d) && double.IsFinite(d) => d != 0,
        _ => throw new GraphQLException($"Boolean cannot represent a non boolean value: {Inspector.Inspect(value)}"),
    };

    private static object? SerializeId(object value) => value switch
    {
        string s => s,
        Guid g => g.ToString(),
        _ when Numbers.TryGetInt64(value, out var l) => l.ToString(CultureInfo.InvariantCulture),
        _ => throw new GraphQLException($"ID cannot represent value: {Inspector.Inspect(value)}"),
    };
}
