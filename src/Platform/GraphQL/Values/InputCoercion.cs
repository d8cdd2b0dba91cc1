using System.Collections;
using System.Text;
using EventAgents.Platform.GraphQL.Schema;

namespace EventAgents.Platform.GraphQL.Values;

/// <summary>Coerces external input values (variables) to internal values of an input type (graphql-js coerceInputValue).</summary>
public static class InputCoercion
{
    /// <summary>Reports a problem: the path inside the value, the offending value, and the message.</summary>
    public delegate void ErrorHandler(IReadOnlyList<object> path, object? invalidValue, string message);

    /// <summary>The coerced value; problems go to <paramref name="onError"/>.</summary>
    public static object? Coerce(object? value, GraphQLType type, ErrorHandler onError) =>
        Coerce(value, type, onError, []);

    /// <summary>Prints a path the way graphql-js printPathArray does: <c>.field[0]</c>.</summary>
    public static string PrintPath(IReadOnlyList<object> path)
    {
        var builder = new StringBuilder();
        foreach (var key in path)
        {
            builder.Append(key is int i ? "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]" : "." + key);
        }

        return builder.ToString();
    }

    private static object? Coerce(object? value, GraphQLType type, ErrorHandler onError, List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (value is not null)
            {
                return Coerce(value, nonNull.OfType, onError, path);
            }

            onError(path, value, $"Expected non-nullable type \"{type}\" not to be null.");
            return null;
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IDictionary and not IReadOnlyDictionary<string, object?>)
                {
                    var result = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        path.Add(index++);
                        result.Add(Coerce(item, list.OfType, onError, path));
                        path.RemoveAt(path.Count - 1);
                    }

                    return result;
                }

                return new List<object?>(1) { Coerce(value, list.OfType, onError, path) };
            case InputObjectType input:
                return CoerceObject(value, input, onError, path);
            case EnumType enumType:
                return Leaf(() => enumType.ParseValue(value), type, value, onError, path);
            case ScalarType scalar:
                return Leaf(() => scalar.ParseValue(value), type, value, onError, path);
            default:
                return null;
        }
    }

    private static object? CoerceObject(object value, InputObjectType type, ErrorHandler onError, List<object> path)
    {
        if (ToMap(value) is not { } map)
        {
            onError(path, value, $"Expected type \"{type.Name}\" to be an object.");
            return null;
        }

        var result = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!map.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    onError(path, value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            path.Add(field.Name);
            result[field.Name] = Coerce(fieldValue, field.Type, onError, path);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var key in map.Keys)
        {
            if (type.GetField(key) is null)
            {
                var suggestions = Suggestions.List(key, type.Fields.Select(f => f.Name));
                onError(path, value, $"Field \"{key}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(suggestions));
            }
        }

        return result;
    }

    private static IReadOnlyDictionary<string, object?>? ToMap(object value)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly;
            case IDictionary dictionary:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (DictionaryEntry entry in dictionary)
                {
                    map[entry.Key.ToString()!] = entry.Value;
                }

                return map;
            default:
                return null;
        }
    }

    private static object? Leaf(Func<object?> parse, GraphQLType type, object value, ErrorHandler onError, List<object> path)
    {
        try
        {
            return parse();
        }
        catch (GraphQLException error)
        {
            onError(path, value, error.Message);
        }
        catch (Exception error) when (error is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            onError(path, value, $"Expected type \"{type.Named.Name}\". {error.Message}");
        }

        return null;
    }
}
