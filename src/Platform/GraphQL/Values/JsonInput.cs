using System.Text.Json;

namespace EventAgents.Platform.GraphQL.Values;

/// <summary>Turns JSON (variables from a request body) into plain CLR values: dictionaries, lists, strings, numbers, booleans, null.</summary>
public static class JsonInput
{
    /// <summary>The CLR form of a JSON element: integers as int or long (double if larger), others as double.</summary>
    public static object? ToClr(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = ToClr(property.Value);
                }

                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(ToClr(item));
                }

                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                if (element.TryGetInt32(out var i))
                {
                    return i;
                }

                if (element.TryGetInt64(out var l))
                {
                    return l;
                }

                return element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    /// <summary>Normalizes a variables dictionary whose values may be JSON elements.</summary>
    public static IReadOnlyDictionary<string, object?> Normalize(IReadOnlyDictionary<string, object?>? variables)
    {
        if (variables is null || variables.Count == 0)
        {
            return EmptyVariables.Instance;
        }

        Dictionary<string, object?>? copy = null;
        foreach (var (key, value) in variables)
        {
            if (value is JsonElement)
            {
                copy ??= new Dictionary<string, object?>(variables, StringComparer.Ordinal);
                copy[key] = ToClr((JsonElement)value);
            }
        }

        return copy ?? variables;
    }
}
