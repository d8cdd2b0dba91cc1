using EventAgents.Platform.GraphQL.AspNetCore.Tests.Support;
using EventAgents.Testing;

namespace EventAgents.Platform.GraphQL.AspNetCore.Tests.WebSockets;

[Collection(ServerCollection.Name)]
public sealed class MessageFlowTests(GraphQLServer server)
{
    [Fact]
    public async Task The_server_accepts_the_subprotocol_and_answers_ping_with_pong_before_init()
    {
        await using var socket = await GraphQLTransportSocket.ConnectAsync(server.WebSocketAddress);
        Assert.Equal("graphql-transport-ws", socket.Subprotocol);

        await socket.SendAsync("""{"type":"ping","payload":{"n":1}}""");

        var pong = await socket.ReceiveAsync();
        Assert.Equal("pong", pong.GetProperty("type").GetString());
        Assert.Equal(1, pong.GetProperty("payload").GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task A_subscription_sends_next_for_each_event_then_complete()
    {
        await using var socket = await GraphQLTransportSocket.ConnectAsync(server.WebSocketAddress);
        await socket.InitAndAckAsync();

        await socket.SubscribeAsync("s1", "subscription { count(to: 3) }");

        for (var i = 1; i <= 3; i++)
        {
            var next = await socket.ReceiveAsync();
            Assert.Equal("next", next.GetProperty("type").GetString());
            Assert.Equal("s1", next.GetProperty("id").GetString());
            Assert.Equal(i, next.GetProperty("payload").GetProperty("data").GetProperty("count").GetInt32());
        }

        var complete = await socket.ReceiveAsync();
        Assert.Equal("complete", complete.GetProperty("type").GetString());
        Assert.Equal("s1", complete.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_query_over_the_socket_is_one_next_then_complete()
    {
        await using var socket = await GraphQLTransportSocket.ConnectAsync(server.WebSocketAddress);
        await socket.InitAndAckAsync();

        await socket.SubscribeAsync("q", "{ hello }");

        Assert.Equal("hello world", (await socket.ReceiveAsync()).GetProperty("payload").GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("complete", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_document_that_fails_validation_is_an_error_message_with_the_errors()
    {
        await using var socket = await GraphQLTransportSocket.ConnectAsync(server.WebSocketAddress);
        await socket.InitAndAckAsync();

        await socket.SubscribeAsync("bad", "subscription { nope }");

        var error = await socket.ReceiveAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("bad", error.GetProperty("id").GetString());
        Assert.Contains("nope", error.GetProperty("payload")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        await socket.SubscribeAsync("bad", "{ hello }");
        Assert.Equal("next", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_source_stream_that_throws_ends_with_an_error_message()
    {
        await using var socket = await GraphQLTransportSocket.ConnectAsync(server.WebSocketAddress);
        await socket.InitAndAckAsync();

        await socket.SubscribeAsync("x", "subscription { failing }");

        Assert.Equal("next", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        var error = await socket.ReceiveAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("source broke", error.GetProperty("payload")[0].GetProperty("message").GetString());
        await socket.SubscribeAsync("x", "{ hello }");
        Assert.Equal("next", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_clients_complete_cancels_the_source_stream_and_frees_the_id()
    {
        await using var socket = await GraphQLTransportSocket.ConnectAsync(server.WebSocketAddress);
        await socket.InitAndAckAsync();
        server.Probe.Reset();
        await socket.SubscribeAsync("f", "subscription { forever }");
        Assert.Equal("next", (await socket.ReceiveAsync()).GetProperty("type").GetString());

        await socket.SendAsync("""{"type":"complete","id":"f"}""");

        await server.Probe.WaitForCancellationAsync();
        await socket.SubscribeAsync("f", "{ hello }");
        while ((await socket.ReceiveAsync()) is var message && message.GetProperty("payload").TryGetProperty("data", out var data) && data.TryGetProperty("forever", out _))
        {
        }
    }

    [Fact]
    public async Task A_disconnect_cancels_the_source_stream()
    {
        var socket = await GraphQLTransportSocket.ConnectAsync(server.WebSocketAddress);
        await socket.InitAndAckAsync();
        server.Probe.Reset();
        await socket.SubscribeAsync("f", "subscription { forever }");
        Assert.Equal("next", (await socket.ReceiveAsync()).GetProperty("type").GetString());

        socket.Abort();
        await socket.DisposeAsync();

        await server.Probe.WaitForCancellationAsync();
    }

    [Fact]
    public async Task The_connection_init_payload_reaches_resolvers_through_the_context_hook()
    {
        await using var socket = await GraphQLTransportSocket.ConnectAsync(server.WebSocketAddress);
        await socket.InitAndAckAsync("""{"Authorization":"Bearer good"}""");

        await socket.SubscribeAsync("w", "subscription { whoami }");

        Assert.Equal("alice", (await socket.ReceiveAsync()).GetProperty("payload").GetProperty("data").GetProperty("whoami").GetString());
    }
}
