namespace EventAgents.Platform.Docker;

/// <summary>A container's output: its logs (followed or not) and attaching to its streams.</summary>
public sealed partial class DockerClient
{
    /// <summary>
    /// The container's stdout and stderr from its start (<c>GET /containers/{id}/logs</c>); with <paramref name="follow"/>
    /// the stream goes on until the container ends. Pass <paramref name="tty"/> when the container has a terminal.
    /// </summary>
    public async Task<ContainerOutput> LogsAsync(string id, bool follow, bool tty, CancellationToken ct)
    {
        var query = Query(("stdout", "1"), ("stderr", "1"), ("follow", follow ? "1" : null));
        var response = await SendStreamingAsync(HttpMethod.Get, $"containers/{Escape(id)}/logs" + query, null, HttpCompletionOption.ResponseHeadersRead, ct)
            .ConfigureAwait(false);
        return await ContainerOutput.OpenAsync(response, tty, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Attaches to the container's stdout and stderr (<c>POST /containers/{id}/attach</c>); attach before starting the
    /// container to see all of its output. The stream ends when the container does.
    /// </summary>
    public async Task<ContainerOutput> AttachAsync(string id, bool tty, CancellationToken ct)
    {
        var response = await SendStreamingAsync(
            HttpMethod.Post, $"containers/{Escape(id)}/attach?stream=1&stdout=1&stderr=1", null, HttpCompletionOption.ResponseHeadersRead, ct)
            .ConfigureAwait(false);
        return await ContainerOutput.OpenAsync(response, tty, ct).ConfigureAwait(false);
    }
}
