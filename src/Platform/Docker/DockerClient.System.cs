using System.Runtime.CompilerServices;

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
    /// Opens the stream of what happens in the engine from now on (<c>GET /events</c>), optionally only for objects
    /// with the given labels (an empty value matches any value of the label). Returns once the engine accepted the
    /// subscription, so nothing that happens afterwards is missed.
    /// </summary>
    public async Task<EngineEventStream> OpenEventsAsync(IReadOnlyDictionary<string, string>? labels, CancellationToken ct)
    {
        var query = Query(("filters", labels is { Count: > 0 } ? LabelFilters(labels) : null));
        var response = await SendStreamingAsync(HttpMethod.Get, "events" + query, null, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        return await EngineEventStream.OpenAsync(response, ct).ConfigureAwait(false);
    }

    /// <summary>Streams what happens in the engine from now on until <paramref name="ct"/> is cancelled (see <see cref="OpenEventsAsync"/>).</summary>
    public async IAsyncEnumerable<EngineEvent> EventsAsync(
        IReadOnlyDictionary<string, string>? labels, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var events = await OpenEventsAsync(labels, ct).ConfigureAwait(false);
        await foreach (var message in events.ReadAllAsync(ct).ConfigureAwait(false))
        {
            yield return message;
        }
    }
}
