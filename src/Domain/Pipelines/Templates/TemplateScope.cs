using System.Text.Json;

namespace EventAgents.Domain.Pipelines;

/// <summary>The values a template can read while a step of a run is prepared.</summary>
/// <param name="Inputs">Run inputs by name.</param>
/// <param name="Outputs">Latest output of each step that recorded one.</param>
/// <param name="Results">Latest result of each completed step.</param>
/// <param name="LoopItem">Current item when the step loops over a list.</param>
/// <param name="LoopIndex">Current iteration (1-based) when the step loops.</param>
public sealed record TemplateScope(
    IReadOnlyDictionary<string, string> Inputs,
    IReadOnlyDictionary<string, string> Outputs,
    IReadOnlyDictionary<string, string> Results,
    string? LoopItem,
    int? LoopIndex)
{
    /// <summary>The value of a reference as text, or empty when it has none.</summary>
    public string Resolve(TemplateReference reference) => reference.Kind switch
    {
        TemplateReferenceKind.Input => Inputs.GetValueOrDefault(reference.Name) ?? "",
        TemplateReferenceKind.StepResult => Results.GetValueOrDefault(reference.Name) ?? "",
        TemplateReferenceKind.StepOutput => Field(Outputs.GetValueOrDefault(reference.Name), reference.Fields),
        TemplateReferenceKind.LoopItem => Field(LoopItem, reference.Fields),
        _ => LoopIndex?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>
    /// The value of a reference as a list: the elements of a JSON array, otherwise its non-blank lines.
    /// </summary>
    public IReadOnlyList<string> ResolveList(TemplateReference reference)
    {
        var value = Resolve(reference);
        if (TryParseJson(value) is { RootElement.ValueKind: JsonValueKind.Array } document)
        {
            using (document)
            {
                return [.. document.RootElement.EnumerateArray().Select(AsText)];
            }
        }

        return [.. value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    private static string Field(string? value, IReadOnlyList<string> fields)
    {
        if (fields.Count == 0 || value is null)
        {
            return value ?? "";
        }

        using var document = TryParseJson(value);
        if (document is null)
        {
            return "";
        }

        var element = document.RootElement;
        foreach (var field in fields)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(field, out element))
            {
                return "";
            }
        }

        return AsText(element);
    }

    private static string AsText(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? element.GetString() ?? "" : element.GetRawText();

    private static JsonDocument? TryParseJson(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.Length == 0 || trimmed[0] is not ('{' or '['))
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
