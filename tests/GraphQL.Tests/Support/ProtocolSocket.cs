using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace EventAgents.GraphQL.Tests.Support;

/// <summary>A raw <c>graphql-transport-ws</c> client for tests that watch the socket itself (close codes, refusals).</summary>
public sealed class ProtocolSocket : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private readonly ClientWebSocket _socket = new();

    public WebSocketState State => _socket.State;

    /// <summary>Connects, sends <c>connection_init</c> with the key and waits for the ack.</summary>
    public static async Task<ProtocolSocket> OpenAsync(ServerFixture server, string key)
    {
        var socket = new ProtocolSocket();
        socket._socket.Options.AddSubProtocol("graphql-transport-ws");
        using var timeout = new CancellationTokenSource(Timeout);
        await socket._socket.ConnectAsync(server.WebSocketUrl, timeout.Token);
        await socket.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer " + key } });
        Assert.Equal("connection_ack", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        return socket;
    }

    public Task SubscribeAsync(string id, string query) => SendAsync(new { id, type = "subscribe", payload = new { query } });

    /// <summary>Sends a ping and waits for the pong, so every message sent before it has been handled.</summary>
    public async Task RoundTripAsync()
    {
        await SendAsync(new { type = "ping" });
        while ((await ReceiveAsync()).GetProperty("type").GetString() != "pong")
        {
        }
    }

    /// <summary>The next message for the operation <paramref name="id"/>, skipping others; fails if the socket closes instead.</summary>
    public async Task<JsonElement> ReceiveForAsync(string id)
    {
        while (true)
        {
            var message = await ReceiveAsync();
            if (message.TryGetProperty("id", out var messageId) && messageId.GetString() == id)
            {
                return message;
            }
        }
    }

    /// <summary>Reads until the server closes (at most <see cref="Timeout"/>); returns the messages received before and the close.</summary>
    public async Task<(int Code, string? Reason, IReadOnlyList<JsonElement> Before)> ReceiveCloseAsync()
    {
        var before = new List<JsonElement>();
        while (true)
        {
            var (message, code, reason) = await ReceiveRawAsync();
            if (message is not { } received)
            {
                return (code, reason, before);
            }

            before.Add(received);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(Timeout);
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }

        _socket.Dispose();
    }

    private async Task<JsonElement> ReceiveAsync()
    {
        var (message, code, reason) = await ReceiveRawAsync();
        return message ?? throw new Xunit.Sdk.XunitException($"socket closed with {code} {reason}");
    }

    private async Task SendAsync(object message)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, timeout.Token);
    }

    private async Task<(JsonElement? Message, int Code, string? Reason)> ReceiveRawAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return (null, (int)received.CloseStatus!, received.CloseStatusDescription);
            }

            text.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return (JsonDocument.Parse(Encoding.UTF8.GetString(text.ToArray())).RootElement.Clone(), 0, null);
            }
        }
    }
}
