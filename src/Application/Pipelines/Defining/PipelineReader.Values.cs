using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace EventAgents.Application.Pipelines.Defining;

internal sealed partial class PipelineReader
{
    /// <summary>The fields of a mapping by name; reports a non-mapping and every field not in <paramref name="allowed"/>.</summary>
    private Dictionary<string, YamlNode> Fields(YamlNode node, string path, IReadOnlyCollection<string> allowed, string what)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        Remember(path, node);
        if (node is not YamlMappingNode mapping)
        {
            Error("value.wrong-type", $"A {what} must be a mapping of fields, not {Describe(node)}.", node, path);
            return fields;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var fieldPath = Join(path, key);
            if (!allowed.Contains(key))
            {
                Error("field.unknown", $"'{key}' is not a field of {Article(what)} {what}; expected one of: {string.Join(", ", allowed)}.", keyNode, fieldPath);
                continue;
            }

            Remember(fieldPath, value);
            fields[key] = value;
        }

        return fields;
    }

    private YamlSequenceNode? Sequence(YamlNode node, string path)
    {
        Remember(path, node);
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        Error("value.wrong-type", $"'{Leaf(path)}' must be a list, not {Describe(node)}.", node, path);
        return null;
    }

    private string Text(Dictionary<string, YamlNode> fields, string path, string field, bool required) =>
        Scalar(fields, path, field, required, "text") ?? "";

    private string? Scalar(Dictionary<string, YamlNode> fields, string path, string field, bool required, string expected)
    {
        var fieldPath = Join(path, field);
        if (!fields.TryGetValue(field, out var node))
        {
            if (required)
            {
                Error("field.missing", $"'{field}' is required here.", locations.GetValueOrDefault(path), fieldPath);
            }

            return null;
        }

        if (node is YamlScalarNode { Value: { } value } && (value.Length > 0 || !required))
        {
            return value;
        }

        Error(node is YamlScalarNode ? "field.missing" : "value.wrong-type", $"'{field}' must be {expected}, not {Describe(node)}.", node, fieldPath);
        return null;
    }

    private int? Int(Dictionary<string, YamlNode> fields, string path, string field, bool required = false) =>
        Number<int>(fields, path, field, required, text => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null, "a whole number");

    private decimal? Decimal(Dictionary<string, YamlNode> fields, string path, string field) =>
        Number<decimal>(fields, path, field, false, text => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null, "a number");

    private bool? Bool(Dictionary<string, YamlNode> fields, string path, string field) =>
        Number<bool>(fields, path, field, false, text => text switch { "true" => true, "false" => false, _ => (bool?)null }, "true or false");

    private TimeSpan? Duration(Dictionary<string, YamlNode> fields, string path, string field)
    {
        if (Scalar(fields, path, field, required: false, "a duration such as 30s, 10m or 1h30m") is not { } text)
        {
            return null;
        }

        var duration = Durations.TryParse(text);
        if (duration is null)
        {
            Error("duration.invalid", $"'{text}' is not a duration; write it like 500ms, 30s, 10m, 2h, 1d or 1h30m.", fields[field], Join(path, field));
        }

        return duration;
    }

    private T? Number<T>(Dictionary<string, YamlNode> fields, string path, string field, bool required, Func<string, T?> parse, string expected)
        where T : struct
    {
        if (Scalar(fields, path, field, required, expected) is not { } text)
        {
            return null;
        }

        var value = parse(text);
        if (value is null)
        {
            Error("value.wrong-type", $"'{field}' must be {expected}, not '{text}'.", fields[field], Join(path, field));
        }

        return value;
    }

    private List<string> Texts(Dictionary<string, YamlNode> fields, string path, string field, bool required)
    {
        var fieldPath = Join(path, field);
        if (!fields.TryGetValue(field, out var node))
        {
            if (required)
            {
                Error("field.missing", $"'{field}' is required here.", locations.GetValueOrDefault(path), fieldPath);
            }

            return [];
        }

        if (Sequence(node, fieldPath) is not { } sequence)
        {
            return [];
        }

        var texts = new List<string>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } value })
            {
                texts.Add(value);
            }
            else
            {
                Error("value.wrong-type", $"Items of '{field}' must be text, not {Describe(item)}.", item, fieldPath);
            }
        }

        return texts;
    }

    private TEnum? Choice<TEnum>(Dictionary<string, YamlNode> fields, string path, string field)
        where TEnum : struct, Enum
    {
        if (Scalar(fields, path, field, required: false, "text") is not { } text)
        {
            return null;
        }

        if (Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && text.All(char.IsAsciiLetterLower))
        {
            return value;
        }

        var choices = string.Join(", ", Enum.GetNames<TEnum>().Select(name => name.ToLowerInvariant()));
        Error("value.invalid-choice", $"'{text}' is not a valid {field}; expected one of: {choices}.", fields[field], Join(path, field));
        return null;
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode { Value: null or "" } => "empty",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        _ => "an alias",
    };

    private static string Join(string path, string field) => path.Length == 0 ? field : $"{path}.{field}";

    private static string Leaf(string path) => path[(path.LastIndexOf('.') + 1)..];

    private static string Article(string word) => "aeiou".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";

}
