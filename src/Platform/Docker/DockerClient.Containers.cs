using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace EventAgents.Platform.Docker;

/// <summary>The life of a container: create, start, wait, stop, kill, remove, list and inspect.</summary>
public sealed partial class DockerClient
{
    /// <summary>Creates a container (<c>POST /containers/create</c>); <paramref name="name"/> is optional.</summary>
    public Task<ContainerCreated> CreateContainerAsync(ContainerSpec spec, string? name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return PostJsonAsync<ContainerCreated>("containers/create" + Query(("name", name)), spec, ct);
    }

    /// <summary>Starts a container; starting one that already runs does nothing.</summary>
    public async Task StartContainerAsync(string id, CancellationToken ct) =>
        await SendNoContentAsync(HttpMethod.Post, $"containers/{Escape(id)}/start", ct).ConfigureAwait(false);

    /// <summary>Waits until the container is no longer running and returns its exit code. Not bound by the request timeout.</summary>
    public async Task<ContainerExit> WaitContainerAsync(string id, CancellationToken ct)
    {
        using var response = await SendStreamingAsync(
            HttpMethod.Post, $"containers/{Escape(id)}/wait?condition=not-running", null, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
        return await ReadJsonAsync<ContainerExit>(response, ct).ConfigureAwait(false);
    }

    /// <summary>Stops a container: the stop signal, then a kill after <paramref name="grace"/>; false when it was not running.</summary>
    public async Task<bool> StopContainerAsync(string id, TimeSpan grace, CancellationToken ct)
    {
        var seconds = ((int)Math.Ceiling(grace.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return await SendNoContentAsync(HttpMethod.Post, $"containers/{Escape(id)}/stop?t={seconds}", ct).ConfigureAwait(false)
            != HttpStatusCode.NotModified;
    }

    /// <summary>Sends a signal (<c>SIGKILL</c> by default) to the container's main process; throws with <see cref="DockerEngineException.IsConflict"/> when it does not run.</summary>
    public async Task KillContainerAsync(string id, string signal, CancellationToken ct) =>
        await SendNoContentAsync(HttpMethod.Post, $"containers/{Escape(id)}/kill" + Query(("signal", signal)), ct).ConfigureAwait(false);

    /// <summary>Removes a container; <paramref name="force"/> kills it first if it runs. Its anonymous volumes go with it.</summary>
    public async Task RemoveContainerAsync(string id, bool force, CancellationToken ct) =>
        await SendNoContentAsync(HttpMethod.Delete, $"containers/{Escape(id)}" + Query(("force", force ? "1" : null), ("v", "1")), ct).ConfigureAwait(false);

    /// <summary>Describes a container by id or name.</summary>
    public Task<ContainerInspection> InspectContainerAsync(string id, CancellationToken ct) =>
        GetJsonAsync<ContainerInspection>($"containers/{Escape(id)}/json", ct);

    /// <summary>Lists containers, stopped ones too when <paramref name="all"/>, optionally only those with the given labels.</summary>
    public Task<IReadOnlyList<ContainerSummary>> ListContainersAsync(IReadOnlyDictionary<string, string>? labels, bool all, CancellationToken ct) =>
        GetJsonAsync<IReadOnlyList<ContainerSummary>>(
            "containers/json" + Query(("all", all ? "1" : null), ("filters", labels is { Count: > 0 } ? LabelFilters(labels) : null)), ct);

    /// <summary>Extracts a tarball into a directory of the container (<c>PUT /containers/{id}/archive</c>), even before it starts.</summary>
    public async Task CopyToContainerAsync(string id, string directory, Stream tarball, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tarball);
        var content = new StreamContent(tarball);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-tar");
        using var response = await SendAsync(HttpMethod.Put, $"containers/{Escape(id)}/archive" + Query(("path", directory)), content, ct).ConfigureAwait(false);
    }
}
