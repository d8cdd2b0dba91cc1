using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using EventAgents.Platform.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace EventAgents.Platform.GraphQL.AspNetCore.Sse;

/// <summary>Writes <c>next</c> and <c>complete</c> events to a <c>text/event-stream</c> response, flushing each.</summary>
internal sealed class SseStream
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly HttpResponse _response;

    private SseStream(HttpResponse response) => _response = response;

    public static async Task<SseStream> StartAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.StartAsync(cancellationToken).ConfigureAwait(false);
        // Kestrel holds the headers until the first flush; a subscription with no event yet must still answer.
        await response.BodyWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new SseStream(response);
    }

    public async Task NextAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        var pipe = _response.BodyWriter;
        pipe.Write("event: next\ndata: "u8);
        using (var writer = new Utf8JsonWriter(pipe, WriterOptions))
        {
            ResultJsonWriter.Write(result, writer);
        }

        pipe.Write("\n\n"u8);
        await pipe.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        _response.BodyWriter.Write("event: complete\ndata:\n\n"u8);
        await _response.BodyWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
