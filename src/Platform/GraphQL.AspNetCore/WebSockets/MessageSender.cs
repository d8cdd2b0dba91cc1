using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EventAgents.Platform.GraphQL.Execution;

namespace EventAgents.Platform.GraphQL.AspNetCore.WebSockets;

/// <summary>Sends protocol messages and the close frame one at a time over a WebSocket; after the close, sends are dropped.</summary>
internal sealed class MessageSender(WebSocket socket) : IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private bool _closed;

    /// <summary>True once this side sent its close frame.</summary>
    public bool IsClosed => Volatile.Read(ref _closed);

    public Task SendAsync(string type, CancellationToken cancellationToken) =>
        SendAsync(writer => writer.WriteString("type", type), cancellationToken);

    public Task SendPongAsync(JsonElement? payload, CancellationToken cancellationToken) => SendAsync(writer =>
    {
        writer.WriteString("type", "pong");
        if (payload is { } value)
        {
            writer.WritePropertyName("payload");
            value.WriteTo(writer);
        }
    }, cancellationToken);

    public Task SendNextAsync(string id, ExecutionResult result, CancellationToken cancellationToken) => SendAsync(writer =>
    {
        writer.WriteString("id", id);
        writer.WriteString("type", "next");
        writer.WritePropertyName("payload");
        ResultJsonWriter.Write(result, writer);
    }, cancellationToken);

    public Task SendErrorAsync(string id, IReadOnlyList<GraphQLError> errors, CancellationToken cancellationToken) => SendAsync(writer =>
    {
        writer.WriteString("id", id);
        writer.WriteString("type", "error");
        writer.WritePropertyName("payload");
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            ResultJsonWriter.WriteError(error, writer);
        }

        writer.WriteEndArray();
    }, cancellationToken);

    public Task SendCompleteAsync(string id, CancellationToken cancellationToken) => SendAsync(writer =>
    {
        writer.WriteString("id", id);
        writer.WriteString("type", "complete");
    }, cancellationToken);

    /// <summary>Sends the close frame once (the reason cut to the protocol's 123 bytes); later sends are dropped.</summary>
    public async Task CloseAsync(int code, string reason, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, Truncate(reason), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();

    private async Task SendAsync(Action<Utf8JsonWriter> write, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_closed || socket.State != WebSocketState.Open)
            {
                return;
            }

            _buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(_buffer, WriterOptions))
            {
                writer.WriteStartObject();
                write(writer);
                writer.WriteEndObject();
            }

            await socket.SendAsync(_buffer.WrittenMemory, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            _lock.Release();
        }
    }

    private static string Truncate(string reason)
    {
        if (Encoding.UTF8.GetByteCount(reason) <= 123)
        {
            return reason;
        }

        var length = Math.Min(reason.Length, 120);
        while (Encoding.UTF8.GetByteCount(reason.AsSpan(0, length)) > 120)
        {
            length--;
        }

        return reason[..length];
    }
}
