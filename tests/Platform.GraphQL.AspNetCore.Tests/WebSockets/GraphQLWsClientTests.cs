using EventAgents.Platform.GraphQL.AspNetCore.Tests.Support;

namespace EventAgents.Platform.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>The reference client, npm graphql-ws, against the server.</summary>
[Collection(ServerCollection.Name)]
public sealed class GraphQLWsClientTests(GraphQLServer server)
{
    [Fact]
    public async Task The_graphql_ws_client_receives_every_event_in_order_until_complete()
    {
        var output = await NodeClients.RunAsync("ws-client.mjs", server.WebSocketAddress.ToString(), "subscription { count(to: 200) }");

        Assert.False(output.TryGetProperty("error", out var error), error.ToString());
        var counts = output.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("data").GetProperty("count").GetInt32());
        Assert.Equal(Enumerable.Range(1, 200), counts);
    }

    [Fact]
    public async Task The_graphql_ws_client_passes_connection_params_to_the_context_hook()
    {
        var output = await NodeClients.RunAsync("ws-client.mjs", server.WebSocketAddress.ToString(), "subscription { whoami }", """{"Authorization":"Bearer good"}""");

        Assert.Equal("alice", output.GetProperty("results")[0].GetProperty("data").GetProperty("whoami").GetString());
    }

    [Fact]
    public async Task The_graphql_ws_client_sees_a_refused_connection_as_4403()
    {
        var output = await NodeClients.RunAsync("ws-client.mjs", server.WebSocketAddress.ToString(), "subscription { whoami }", """{"Authorization":"Bearer bad"}""");

        Assert.Equal(4403, output.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task The_graphql_ws_client_receives_validation_errors()
    {
        var output = await NodeClients.RunAsync("ws-client.mjs", server.WebSocketAddress.ToString(), "subscription { nope }");

        var errors = output.GetProperty("error");
        Assert.Contains("nope", errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
