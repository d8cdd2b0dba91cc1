using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EventAgents.Platform.GraphQL.Values;

/// <summary>Renders a runtime value for an error message the way graphql-js's <c>inspect</c> does.</summary>
public static class Inspector
{
    /// <summary>The rendering of a value.</summary>
    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value, 0);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string s:
                builder.Append(JsonSerializer.Serialize(s));
                return;
            case bool b:
                builder.Append(b ? "true" : "false");
                return;
            case JsonElement element:
                Append(builder, JsonInput.ToClr(element), depth);
                return;
            case IDictionary dictionary:
                AppendObject(builder, dictionary, depth);
                return;
            case IEnumerable list:
                AppendList(builder, list, depth);
                return;
        }

        if (Numbers.TryGetDouble(value, out var number))
        {
            builder.Append(Numbers.FormatJs(number));
            return;
        }

        builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
    }

    private static void AppendObject(StringBuilder builder, IDictionary dictionary, int depth)
    {
        if (dictionary.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        if (depth >= 2)
        {
            builder.Append("[Object]");
            return;
        }

        builder.Append("{ ");
        var first = true;
        foreach (DictionaryEntry entry in dictionary)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            builder.Append(entry.Key).Append(": ");
            Append(builder, entry.Value, depth + 1);
        }

        builder.Append(" }");
    }

    private static void AppendList(StringBuilder builder, IEnumerable list, int depth)
    {
        if (depth >= 2)
        {
            builder.Append("[Array]");
            return;
        }

        builder.Append('[');
        var first = true;
        foreach (var item in list)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            Append(builder, item, depth + 1);
        }

        builder.Append(']');
    }
}
