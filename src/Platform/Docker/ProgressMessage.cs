using System.Text.Json.Serialization;

namespace EventAgents.Platform.Docker;

/// <summary>One JSON message of a streamed build, import or pull.</summary>
internal sealed record ProgressMessage(
    [property: JsonPropertyName("stream")] string? Stream,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("errorDetail")] ProgressError? ErrorDetail,
    [property: JsonPropertyName("aux")] ProgressAux? Aux);

internal sealed record ProgressError([property: JsonPropertyName("message")] string? Message);

internal sealed record ProgressAux([property: JsonPropertyName("ID")] string? Id);

/// <summary>Reads the image id from the last line of a classic build ("Successfully built 1a2b3c").</summary>
internal static class BuildOutput
{
    private const string Built = "Successfully built ";

    public static string? ImageIdFrom(string line)
    {
        var trimmed = line.Trim();
        return trimmed.StartsWith(Built, StringComparison.Ordinal) ? trimmed[Built.Length..].Trim() : null;
    }
}
