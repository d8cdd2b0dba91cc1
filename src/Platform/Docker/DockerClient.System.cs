using System.Runtime.CompilerServices;
using System.Text.Json;

namespace EventAgents.Platform.Docker;

/// <summary>Ping, version and the events stream.</summary>
public sealed partial class DockerClient
{
    /// <summary>Checks that the engine answers (<c>GET /_ping</c>).</summary>
    public async Task PingAsync(CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, "_ping", null, ct).ConfigureAwait(false);
    }

    /// <summary>The engine's version and its API versions (<c>GET /version</c>).</summary>
    public Task<EngineVersion> VersionAsync(CancellationToken ct) => GetJsonAsync<EngineVersion>("version", ct);

    /// <summary>
    /// Streams what happens in the engine from now on (<c>GET /events</c>) until <paramref name="ct"/> is cancelled,
    /// optionally only for objects with the given labels (an empty value matches any value of the label).
    /// </summary>
    public async IAsyncEnumerable<EngineEvent> EventsAsync(
        IReadOnlyDictionary<string, string>? labels, [EnumeratorCancellation] CancellationToken ct)
    {
        var query = Query(("filters", labels is { Count: > 0 } ? LabelFilters(labels) : null));
        using var response = await SendStreamingAsync(HttpMethod.Get, "events" + query, null, HttpCompletionOption.ResponseHeadersRead, ct)
            .ConfigureAwait(false);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false));
        while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            if (line.Length > 0 && JsonSerializer.Deserialize<EngineEvent>(line, Json) is { } message)
            {
                yield return message;
            }
        }
    }
}
