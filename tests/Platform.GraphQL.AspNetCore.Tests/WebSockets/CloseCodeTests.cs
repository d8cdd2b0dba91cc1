using EventAgents.Platform.GraphQL.AspNetCore.Tests.Support;
using EventAgents.Testing;

namespace EventAgents.Platform.GraphQL.AspNetCore.Tests.WebSockets;

[Collection(ServerCollection.Name)]
public sealed class CloseCodeTests(GraphQLServer server)
{
    [Fact]
    public async Task A_client_that_never_sends_connection_init_is_closed_with_4408()
    {
        await using var socket = await GraphQLTransportSocket.ConnectAsync(server.WebSocketAddress);

        var (code, reason) = await socket.ReceiveCloseAsync();

        Assert.Equal(4408, code);
        Assert.Equal("Connection initialisation timeout", reason);
    }

    [Fact]
    public async Task A_subscribe_before_the_ack_is_closed_with_4401()
    {
        await using var socket = await GraphQLTransportSocket.ConnectAsync(server.WebSocketAddress);

        await socket.SubscribeAsync("1", "subscription { count(to: 2) }");

        Assert.Equal((4401, "Unauthorized"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_second_subscriber_with_a_running_id_is_closed_with_4409()
    {
        await using var socket = await GraphQLTransportSocket.ConnectAsync(server.WebSocketAddress);
        await socket.InitAndAckAsync();
        await socket.SubscribeAsync("same", "subscription { forever }");
        Assert.Equal("next", (await socket.ReceiveAsync()).GetProperty("type").GetString());

        await socket.SubscribeAsync("same", "subscription { forever }");

        Assert.Equal((4409, "Subscriber for same already exists"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_second_connection_init_is_closed_with_4429()
    {
        await using var socket = await GraphQLTransportSocket.ConnectAsync(server.WebSocketAddress);
        await socket.InitAndAckAsync();

        await socket.InitAsync();

        Assert.Equal((4429, "Too many initialisation requests"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_refused_connection_init_payload_is_closed_with_4403()
    {
        await using var socket = await GraphQLTransportSocket.ConnectAsync(server.WebSocketAddress);

        await socket.InitAsync("""{"Authorization":"Bearer bad"}""");

        Assert.Equal((4403, "Bad token"), await socket.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"type": 1}""")]
    [InlineData("""{"type": "next", "id": "1", "payload": {}}""")]
    [InlineData("""{"type": "shout"}""")]
    [InlineData("""{"type": "subscribe", "payload": {"query": "{ hello }"}}""")]
    [InlineData("""{"type": "subscribe", "id": "", "payload": {"query": "{ hello }"}}""")]
    [InlineData("""{"type": "subscribe", "id": "1", "payload": {"variables": {}}}""")]
    [InlineData("""{"type": "subscribe", "id": "1", "payload": {"query": "{ hello }", "variables": 3}}""")]
    [InlineData("""{"type": "connection_init", "payload": 3}""")]
    [InlineData("""{"type": "complete"}""")]
    public async Task An_invalid_message_is_closed_with_4400(string message)
    {
        await using var socket = await GraphQLTransportSocket.ConnectAsync(server.WebSocketAddress);
        if (message.Contains("subscribe", StringComparison.Ordinal) || message.Contains("complete", StringComparison.Ordinal))
        {
            await socket.InitAndAckAsync();
        }

        await socket.SendAsync(message);

        var (code, reason) = await socket.ReceiveCloseAsync();
        Assert.Equal(4400, code);
        Assert.False(string.IsNullOrEmpty(reason));
    }

    [Fact]
    public async Task A_client_without_the_subprotocol_is_closed_with_4406()
    {
        await using var socket = await GraphQLTransportSocket.ConnectAsync(server.WebSocketAddress, subprotocol: null);

        Assert.Equal(4406, (await socket.ReceiveCloseAsync()).Code);
    }
}
