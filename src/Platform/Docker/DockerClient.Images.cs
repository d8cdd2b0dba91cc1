using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace EventAgents.Platform.Docker;

/// <summary>Building, importing, listing, inspecting and removing images.</summary>
public sealed partial class DockerClient
{
    private static readonly MediaTypeHeaderValue Tar = new("application/x-tar");

    /// <summary>
    /// Builds an image from a context tarball (<c>POST /build</c>), reporting each line of progress, and returns the
    /// image's id. A failed build step throws <see cref="DockerEngineException"/> with the engine's message.
    /// </summary>
    public async Task<string> BuildImageAsync(Stream context, ImageBuildParameters parameters, IProgress<BuildProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parameters);
        var query = Query(
            ("t", parameters.Tag),
            ("dockerfile", parameters.Dockerfile),
            ("nocache", parameters.NoCache ? "1" : null),
            ("pull", parameters.Pull ? "1" : null),
            ("rm", "1"),
            ("buildargs", parameters.BuildArgs is { Count: > 0 } args ? JsonSerializer.Serialize(args) : null),
            ("labels", parameters.Labels is { Count: > 0 } labels ? JsonSerializer.Serialize(labels) : null));
        var content = new StreamContent(context);
        content.Headers.ContentType = Tar;
        string? id = null;
        await foreach (var message in StreamMessagesAsync(HttpMethod.Post, "build" + query, content, "the build", ct).ConfigureAwait(false))
        {
            if (message.Stream is { Length: > 0 } text)
            {
                progress?.Report(new BuildProgress(text.TrimEnd('\n')));
                id = BuildOutput.ImageIdFrom(text) ?? id;
            }

            id = message.Aux?.Id ?? id;
        }

        return id ?? (await InspectImageAsync(parameters.Tag, ct).ConfigureAwait(false)).Id;
    }

    /// <summary>Imports a root file system tarball as an image named <paramref name="repository"/>:<paramref name="tag"/> and returns its id.</summary>
    public async Task<string> ImportImageAsync(Stream rootFileSystem, string repository, string tag, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rootFileSystem);
        ArgumentException.ThrowIfNullOrWhiteSpace(repository);
        var content = new StreamContent(rootFileSystem);
        content.Headers.ContentType = Tar;
        // The tag goes inside repo: the API allows it, and podman ignores the separate tag parameter.
        var query = Query(("fromSrc", "-"), ("repo", string.IsNullOrEmpty(tag) ? repository : $"{repository}:{tag}"));
        string? id = null;
        await foreach (var message in StreamMessagesAsync(HttpMethod.Post, "images/create" + query, content, "the import", ct).ConfigureAwait(false))
        {
            id = message.Status is { } status && status.StartsWith("sha256:", StringComparison.Ordinal) ? status : id;
        }

        return id ?? (await InspectImageAsync(string.IsNullOrEmpty(tag) ? repository : $"{repository}:{tag}", ct).ConfigureAwait(false)).Id;
    }

    /// <summary>Describes an image by name or id (<c>GET /images/{name}/json</c>).</summary>
    public Task<ImageInspection> InspectImageAsync(string name, CancellationToken ct) =>
        GetJsonAsync<ImageInspection>($"images/{Escape(name)}/json", ct);

    /// <summary>The image, or null when the engine has no image of that name.</summary>
    public async Task<ImageInspection?> FindImageAsync(string name, CancellationToken ct)
    {
        try
        {
            return await InspectImageAsync(name, ct).ConfigureAwait(false);
        }
        catch (DockerEngineException exception) when (exception.IsNotFound)
        {
            return null;
        }
    }

    /// <summary>Lists images, optionally only those with the given labels.</summary>
    public Task<IReadOnlyList<ImageSummary>> ListImagesAsync(IReadOnlyDictionary<string, string>? labels, CancellationToken ct) =>
        GetJsonAsync<IReadOnlyList<ImageSummary>>("images/json" + Query(("filters", labels is { Count: > 0 } ? LabelFilters(labels) : null)), ct);

    /// <summary>Removes an image (<c>DELETE /images/{name}</c>); <paramref name="force"/> also removes it while containers use it.</summary>
    public Task<IReadOnlyList<ImageDeleted>> RemoveImageAsync(string name, bool force, CancellationToken ct) =>
        DeleteJsonAsync<IReadOnlyList<ImageDeleted>>($"images/{Escape(name)}" + Query(("force", force ? "1" : null)), ct);

    private async Task<T> DeleteJsonAsync<T>(string relative, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Delete, relative, null, ct).ConfigureAwait(false);
        return await ReadJsonAsync<T>(response, ct).ConfigureAwait(false);
    }

    /// <summary>Reads a stream of JSON progress messages, throwing on the first error message.</summary>
    private async IAsyncEnumerable<ProgressMessage> StreamMessagesAsync(
        HttpMethod method, string relative, HttpContent content, string what, [EnumeratorCancellation] CancellationToken ct)
    {
        using var response = await SendStreamingAsync(method, relative, content, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        await foreach (var message in JsonSerializer.DeserializeAsyncEnumerable<ProgressMessage>(stream, topLevelValues: true, Json, ct).ConfigureAwait(false))
        {
            if (message is null)
            {
                continue;
            }

            if (message.Error is { Length: > 0 } || message.ErrorDetail?.Message is { Length: > 0 })
            {
                throw new DockerEngineException((message.ErrorDetail?.Message ?? message.Error)!.Trim(), what);
            }

            yield return message;
        }
    }
}
