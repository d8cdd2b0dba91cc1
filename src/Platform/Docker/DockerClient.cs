using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventAgents.Platform.Docker;

/// <summary>
/// A client of the Docker Engine API (v1.41) that also works with podman's compatible service. One instance is safe to
/// share; it owns its connections. Every failed request throws <see cref="DockerEngineException"/> with the engine's message.
/// </summary>
public sealed partial class DockerClient : IDisposable
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly HttpClient http;
    private readonly DockerClientOptions options;

    /// <summary>Creates a client for the engine described by <paramref name="options"/>.</summary>
    public DockerClient(DockerClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        DockerClientOptions.ParseEndpoint(options.Endpoint.OriginalString);
        this.options = options;
        http = DockerHttp.Create(options);
    }

    /// <summary>The engine this client talks to.</summary>
    public Uri Endpoint => options.Endpoint;

    /// <inheritdoc />
    public void Dispose() => http.Dispose();

    private string Path(string relative) => $"{options.ApiVersion}/{relative.TrimStart('/')}";

    private async Task<T> GetJsonAsync<T>(string relative, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, relative, null, ct).ConfigureAwait(false);
        return await ReadJsonAsync<T>(response, ct).ConfigureAwait(false);
    }

    private async Task<T> PostJsonAsync<T>(string relative, object? body, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Post, relative, body is null ? null : JsonContent.Create(body, body.GetType(), options: Json), ct)
            .ConfigureAwait(false);
        return await ReadJsonAsync<T>(response, ct).ConfigureAwait(false);
    }

    private async Task<HttpStatusCode> SendNoContentAsync(HttpMethod method, string relative, CancellationToken ct)
    {
        using var response = await SendAsync(method, relative, null, ct).ConfigureAwait(false);
        return response.StatusCode;
    }

    /// <summary>Sends a request that does not stream, within the configured request timeout.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string relative, HttpContent? content, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(options.RequestTimeout);
        try
        {
            var response = await SendStreamingAsync(method, relative, content, HttpCompletionOption.ResponseContentRead, deadline.Token).ConfigureAwait(false);
            return response;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"The container engine did not answer {method} /{relative} within {options.RequestTimeout}.");
        }
    }

    /// <summary>Sends a request and returns the response once its headers arrived; the caller reads and disposes the body.</summary>
    private async Task<HttpResponseMessage> SendStreamingAsync(
        HttpMethod method, string relative, HttpContent? content, HttpCompletionOption completion, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, Path(relative)) { Content = content };
        var response = await http.SendAsync(request, completion, ct).ConfigureAwait(false);
        if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotModified)
        {
            return response;
        }

        using (response)
        {
            var message = await ErrorMessageAsync(response, ct).ConfigureAwait(false);
            throw new DockerEngineException(response.StatusCode, message, $"{method} /{relative.Split('?')[0]}");
        }
    }

    private static async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, CancellationToken ct) =>
        await response.Content.ReadFromJsonAsync<T>(Json, ct).ConfigureAwait(false)
        ?? throw new InvalidDataException($"The container engine answered {typeof(T).Name} with an empty body.");

    private static async Task<string> ErrorMessageAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("message", out var message))
            {
                return message.GetString() ?? body;
            }
        }
        catch (JsonException)
        {
        }

        return body.Length > 0 ? body.Trim() : response.ReasonPhrase ?? "no message";
    }

    private static string Query(params (string Name, string? Value)[] parameters)
    {
        var query = new StringBuilder();
        foreach (var (name, value) in parameters.Where(parameter => parameter.Value is not null))
        {
            query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value!));
        }

        return query.ToString();
    }

    private static string Escape(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return Uri.EscapeDataString(id);
    }

    private static string LabelFilters(IReadOnlyDictionary<string, string>? labels, bool includeDangling = false)
    {
        var filters = new Dictionary<string, string[]>();
        if (labels is { Count: > 0 })
        {
            filters["label"] = [.. labels.Select(label => label.Value.Length == 0 ? label.Key : $"{label.Key}={label.Value}")];
        }

        if (includeDangling)
        {
            filters["dangling"] = ["true"];
        }

        return JsonSerializer.Serialize(filters);
    }
}
