using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace EventAgents.Platform.GraphQL.AspNetCore.Tests.Support;

/// <summary>A raw <see cref="ClientWebSocket"/> speaking <c>graphql-transport-ws</c> message by message.</summary>
public sealed class TestSocket : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly ClientWebSocket _socket = new();

    public WebSocketState State => _socket.State;

    public string? Subprotocol => _socket.SubProtocol;

    public static async Task<TestSocket> ConnectAsync(GraphQLServer server, string? subprotocol = "graphql-transport-ws")
    {
        var socket = new TestSocket();
        if (subprotocol is not null)
        {
            socket._socket.Options.AddSubProtocol(subprotocol);
        }

        using var timeout = new CancellationTokenSource(Timeout);
        await socket._socket.ConnectAsync(server.WebSocketAddress, timeout.Token);
        return socket;
    }

    public async Task SendAsync(string text)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    public Task InitAsync(string payload = "{}") => SendAsync($$"""{"type":"connection_init","payload":{{payload}}}""");

    public async Task InitAndAckAsync(string payload = "{}")
    {
        await InitAsync(payload);
        Assert.Equal("connection_ack", (await ReceiveAsync()).GetProperty("type").GetString());
    }

    public Task SubscribeAsync(string id, string query) =>
        SendAsync(JsonSerializer.Serialize(new { id, type = "subscribe", payload = new { query } }));

    /// <summary>The next message; fails if the socket closes instead.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        var (message, status, reason) = await ReceiveRawAsync();
        return message ?? throw new Xunit.Sdk.XunitException($"socket closed with {status} {reason}");
    }

    /// <summary>Reads until the server closes, returning its close code and reason.</summary>
    public async Task<(int Code, string? Reason)> ReceiveCloseAsync()
    {
        while (true)
        {
            var (message, status, reason) = await ReceiveRawAsync();
            if (message is null)
            {
                return (status, reason);
            }
        }
    }

    public void Abort() => _socket.Abort();

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(Timeout);
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }

        _socket.Dispose();
    }

    private async Task<(JsonElement? Message, int Status, string? Reason)> ReceiveRawAsync()
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
                return (JsonDocument.Parse(text.ToArray()).RootElement, 0, null);
            }
        }
    }
}
