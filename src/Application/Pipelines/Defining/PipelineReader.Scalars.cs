using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace EventAgents.Application.Pipelines.Defining;

internal sealed partial class PipelineReader
{
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
}
