using System.Text.Json;

namespace EventAgents.Platform.Messaging;

/// <summary>Envelope headers as a JSON object column (null when there are none).</summary>
internal static class HeadersJson
{
    public static string? Write(IReadOnlyDictionary<string, string>? headers) =>
        headers is { Count: > 0 } ? JsonSerializer.Serialize(headers) : null;

    public static IReadOnlyDictionary<string, string>? Read(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(json);
}
