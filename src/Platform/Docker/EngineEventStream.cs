using System.Runtime.CompilerServices;
using System.Text.Json;

namespace EventAgents.Platform.Docker;

/// <summary>An open subscription to the engine's events: one JSON object per line.</summary>
public sealed class EngineEventStream : IAsyncDisposable
{
    private readonly HttpResponseMessage response;
    private readonly StreamReader reader;

    private EngineEventStream(HttpResponseMessage response, StreamReader reader)
    {
        this.response = response;
        this.reader = reader;
    }

    internal static async Task<EngineEventStream> OpenAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            return new EngineEventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false)));
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>The events as they come, until the engine ends the stream or <paramref name="ct"/> is cancelled.</summary>
    public async IAsyncEnumerable<EngineEvent> ReadAllAsync([EnumeratorCancellation] CancellationToken ct)
    {
        while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            if (line.Length > 0 && JsonSerializer.Deserialize<EngineEvent>(line, DockerClient.Json) is { } message)
            {
                yield return message;
            }
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        reader.Dispose();
        response.Dispose();
        return ValueTask.CompletedTask;
    }
}
