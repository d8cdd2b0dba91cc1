using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace EventAgents.Testing;

/// <summary>A raw <see cref="ClientWebSocket"/> speaking <c>graphql-transport-ws</c> message by message, for tests that
/// watch the socket itself (close codes, refusals, message order).</summary>
public sealed class GraphQLTransportSocket : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private readonly ClientWebSocket _socket = new();

    public WebSocketState State => _socket.State;

    public string? Subprotocol => _socket.SubProtocol;

    public static async Task<GraphQLTransportSocket> ConnectAsync(Uri address, string? subprotocol = "graphql-transport-ws")
    {
        var socket = new GraphQLTransportSocket();
        if (subprotocol is not null)
        {
            socket._socket.Options.AddSubProtocol(subprotocol);
        }

        using var timeout = new CancellationTokenSource(Timeout);
        await socket._socket.ConnectAsync(address, timeout.Token).ConfigureAwait(false);
        return socket;
    }

    public async Task SendAsync(string text)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token).ConfigureAwait(false);
    }

    /// <summary>Sends <c>connection_init</c> with <paramref name="payload"/> (a JSON object).</summary>
    public Task InitAsync(string payload = "{}") => SendAsync($$"""{"type":"connection_init","payload":{{payload}}}""");

    /// <summary>Sends <c>connection_init</c> and fails unless the next message is <c>connection_ack</c>.</summary>
    public async Task InitAndAckAsync(string payload = "{}")
    {
        await InitAsync(payload).ConfigureAwait(false);
        var reply = await ReceiveAsync().ConfigureAwait(false);
        if (reply.GetProperty("type").GetString() != "connection_ack")
        {
            throw new InvalidOperationException($"expected connection_ack, received {reply}");
        }
    }

    public Task SubscribeAsync(string id, string query) =>
        SendAsync(JsonSerializer.Serialize(new { id, type = "subscribe", payload = new { query } }));

    /// <summary>Sends a ping and waits for the pong, so every message sent before it has been handled.</summary>
    public async Task RoundTripAsync()
    {
        await SendAsync("""{"type":"ping"}""").ConfigureAwait(false);
        while ((await ReceiveAsync().ConfigureAwait(false)).GetProperty("type").GetString() != "pong")
        {
        }
    }

    /// <summary>The next message; fails if the socket closes instead.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        var (message, code, reason) = await ReceiveRawAsync().ConfigureAwait(false);
        return message ?? throw new InvalidOperationException($"socket closed with {code} {reason}");
    }

    /// <summary>The next message for the operation <paramref name="id"/>, skipping others; fails if the socket closes instead.</summary>
    public async Task<JsonElement> ReceiveForAsync(string id)
    {
        while (true)
        {
            var message = await ReceiveAsync().ConfigureAwait(false);
            if (message.TryGetProperty("id", out var messageId) && messageId.GetString() == id)
            {
                return message;
            }
        }
    }

    /// <summary>Reads until the server closes, returning its close code and reason.</summary>
    public async Task<(int Code, string? Reason)> ReceiveCloseAsync()
    {
        var (code, reason, _) = await ReceiveUntilCloseAsync().ConfigureAwait(false);
        return (code, reason);
    }

    /// <summary>Reads until the server closes; returns the close and the messages received before it.</summary>
    public async Task<(int Code, string? Reason, IReadOnlyList<JsonElement> Before)> ReceiveUntilCloseAsync()
    {
        var before = new List<JsonElement>();
        while (true)
        {
            var (message, code, reason) = await ReceiveRawAsync().ConfigureAwait(false);
            if (message is not { } received)
            {
                return (code, reason, before);
            }

            before.Add(received);
        }
    }

    public void Abort() => _socket.Abort();

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(Timeout);
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token).ConfigureAwait(false);
        }

        _socket.Dispose();
    }

    private async Task<(JsonElement? Message, int Code, string? Reason)> ReceiveRawAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer, timeout.Token).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return (null, (int)received.CloseStatus!, received.CloseStatusDescription);
            }

            text.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                using var document = JsonDocument.Parse(text.ToArray());
                return (document.RootElement.Clone(), 0, null);
            }
        }
    }
}
