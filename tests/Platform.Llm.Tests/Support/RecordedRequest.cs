using System.Text.Json;

namespace EventAgents.Platform.Llm.Tests.Support;

/// <summary>A request a fake model server received: its path, headers (lower-case names) and JSON body.</summary>
public sealed record RecordedRequest(string Path, IReadOnlyDictionary<string, string> Headers, JsonElement Body)
{
    public string? Header(string name) => Headers.GetValueOrDefault(name.ToLowerInvariant());
}
