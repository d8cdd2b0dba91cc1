using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace EventAgents.Engine.AgentApi;

/// <summary>A report's JSON object body, read within a size limit, with field access that names a bad field.</summary>
internal sealed class ReportBody
{
    private readonly JsonElement root;

    private ReportBody(JsonElement root) => this.root = root;

    public static async Task<(ReportBody? Body, ReportProblem? Problem)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, TooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray());
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? (new ReportBody(document.RootElement.Clone()), null)
                : (null, new ReportProblem(StatusCodes.Status400BadRequest, "The body must be a JSON object."));
        }
        catch (JsonException exception)
        {
            return (null, new ReportProblem(StatusCodes.Status400BadRequest, $"The body is not valid JSON: {exception.Message}"));
        }
    }

    /// <summary>A string field of 1 to <paramref name="maxChars"/> characters (or 0 when <paramref name="allowEmpty"/>).</summary>
    public string? Text(string field, int maxChars, bool allowEmpty, List<ReportProblem> problems)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.String)
        {
            problems.Add(ReportProblem.BadField(field, "is required and must be a string"));
            return null;
        }

        var text = value.GetString()!;
        if (!allowEmpty && string.IsNullOrWhiteSpace(text))
        {
            problems.Add(ReportProblem.BadField(field, "must not be empty"));
            return null;
        }

        return Within(field, text, maxChars, problems);
    }

    /// <summary>True when the body has the field, with a value other than null.</summary>
    public bool Has(string field) => root.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>Any JSON value as text; <c>null</c> when the field is absent.</summary>
    public string? Json(string field, int maxChars, List<ReportProblem> problems) =>
        Within(field, root.TryGetProperty(field, out var value) ? value.GetRawText() : "null", maxChars, problems);

    /// <summary>A whole number of at least 0, or <paramref name="absent"/> when the field is missing.</summary>
    public long Count(string field, long absent, List<ReportProblem> problems)
    {
        if (!root.TryGetProperty(field, out var value))
        {
            return absent;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && number >= 0)
        {
            return number;
        }

        problems.Add(ReportProblem.BadField(field, "must be a whole number of at least 0"));
        return absent;
    }

    /// <summary>A non-negative number, or null when the field is missing or null.</summary>
    public decimal? Amount(string field, List<ReportProblem> problems)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var amount) && amount >= 0)
        {
            return amount;
        }

        problems.Add(ReportProblem.BadField(field, "must be a number of at least 0 or null"));
        return null;
    }

    /// <summary>A boolean, or false when the field is missing.</summary>
    public bool Flag(string field, List<ReportProblem> problems)
    {
        if (!root.TryGetProperty(field, out var value))
        {
            return false;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        problems.Add(ReportProblem.BadField(field, "must be true or false"));
        return false;
    }

    private static string? Within(string field, string text, int maxChars, List<ReportProblem> problems)
    {
        if (text.Length <= maxChars)
        {
            return text;
        }

        problems.Add(ReportProblem.BadField(field, $"is longer than {maxChars} characters"));
        return null;
    }

    private static ReportProblem TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {maxBytes} bytes.");
}
