using System.Net;
using EventAgents.Platform.GraphQL.AspNetCore.Tests.Support;
using static EventAgents.Platform.GraphQL.AspNetCore.Tests.Support.HttpExchange;

namespace EventAgents.Platform.GraphQL.AspNetCore.Tests.Http;

[Collection(ServerCollection.Name)]
public sealed class ContextAndPageTests(GraphQLServer server)
{
    [Fact]
    public async Task The_authorization_header_reaches_resolvers_through_the_context_hook()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, server.Address + "?query=%7Bwhoami%7D");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "good");

        var reply = await SendAsync(server, request);

        Assert.Equal("alice", reply.Json.GetProperty("data").GetProperty("whoami").GetString());
    }

    [Fact]
    public async Task A_request_the_context_hook_refuses_is_401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, server.Address + "?query=%7Bwhoami%7D");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "bad");

        var reply = await SendAsync(server, request);

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.Equal("Bad token", reply.FirstError);
    }

    [Fact]
    public async Task A_browser_get_without_a_query_gets_the_query_page()
    {
        var reply = await GetAsync(server, string.Empty, accept: "text/html,application/xhtml+xml,*/*;q=0.8");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("text/html", reply.MediaType);
        Assert.Contains("<textarea id=\"query\"", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_get_with_a_query_gets_the_result()
    {
        var reply = await GetAsync(server, "query=%7Bhello%7D", accept: "text/html,application/xhtml+xml,*/*;q=0.8");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("application/graphql-response+json", reply.MediaType);
    }
}
