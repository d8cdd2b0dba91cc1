using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using EventAgents.Platform.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace EventAgents.Platform.GraphQL.AspNetCore.Http;

/// <summary>Writes GraphQL responses and request errors as JSON with a Content-Length: serialized into a per-thread
/// buffer (synchronously), copied into the response pipe, then flushed.</summary>
internal static class ResponseWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _writer;

    public static Task WriteAsync(HttpResponse response, int statusCode, ResponseKind kind, ExecutionResult result, CancellationToken cancellationToken)
    {
        response.StatusCode = statusCode;
        response.ContentType = kind == ResponseKind.Json
            ? "application/json; charset=utf-8"
            : "application/graphql-response+json; charset=utf-8";
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var writer = _writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);
        ResultJsonWriter.Write(result, writer);
        response.ContentLength = buffer.WrittenCount;
        response.BodyWriter.Write(buffer.WrittenSpan);
        if (buffer.Capacity > 1024 * 1024)
        {
            _buffer = null;
            _writer = null;
        }

        var flush = response.BodyWriter.FlushAsync(cancellationToken);
        return flush.IsCompletedSuccessfully ? Task.CompletedTask : flush.AsTask();
    }

    public static Task WriteErrorAsync(HttpResponse response, int statusCode, ResponseKind kind, string message, CancellationToken cancellationToken, string? code = null) =>
        WriteAsync(response, statusCode, kind, ExecutionResult.FromError(ErrorOf(message, code)), cancellationToken);

    public static GraphQLError ErrorOf(string message, string? code) =>
        code is null ? new GraphQLError(message) : new GraphQLError(message) { Extensions = new Dictionary<string, object?> { ["code"] = code } };
}
