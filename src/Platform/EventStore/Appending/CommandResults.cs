using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventAgents.Platform.EventStore;

/// <summary>The stored result of an applied command, returned again when the command is repeated.</summary>
internal static class CommandResults
{
    public static string Serialize(IReadOnlyList<AppendResult> results) =>
        JsonSerializer.Serialize(results.Select(r => new Stored(r.StreamId, r.FirstVersion, [.. r.Positions])).ToArray());

    public static IReadOnlyList<AppendResult> Deserialize(string json) =>
        [.. (JsonSerializer.Deserialize<Stored[]>(json) ?? []).Select(s => new AppendResult(s.Stream, s.FirstVersion, s.Positions, Duplicate: true))];

    private sealed record Stored(
        [property: JsonPropertyName("stream")] string Stream,
        [property: JsonPropertyName("firstVersion")] long FirstVersion,
        [property: JsonPropertyName("positions")] long[] Positions);
}
