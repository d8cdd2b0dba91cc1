using System.Net;
using System.Net.Http.Headers;
using System.Text;
using EventAgents.Platform.GraphQL.AspNetCore.Tests.Support;
using static EventAgents.Platform.GraphQL.AspNetCore.Tests.Support.HttpExchange;

namespace EventAgents.Platform.GraphQL.AspNetCore.Tests.Sse;

[Collection(ServerCollection.Name)]
public sealed class ServerSentEventsTests(GraphQLServer server)
{
    [Fact]
    public async Task The_graphql_sse_client_receives_every_event_in_order_until_complete()
    {
        var output = await NodeClients.RunAsync("sse-client.mjs", server.Address.ToString(), "subscription { count(to: 50) }");

        Assert.False(output.TryGetProperty("error", out var error), error.ToString());
        var counts = output.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("data").GetProperty("count").GetInt32());
        Assert.Equal(Enumerable.Range(1, 50), counts);
    }

    [Fact]
    public async Task The_graphql_sse_client_passes_the_authorization_header_to_the_context_hook()
    {
        var output = await NodeClients.RunAsync("sse-client.mjs", server.Address.ToString(), "subscription { whoami }", "Bearer good");

        Assert.Equal("alice", output.GetProperty("results")[0].GetProperty("data").GetProperty("whoami").GetString());
    }

    [Fact]
    public async Task A_post_with_accept_event_stream_streams_next_events_then_complete()
    {
        var reply = await PostQueryAsync(server, new { query = "subscription { count(to: 2) }" }, accept: "text/event-stream");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("text/event-stream", reply.MediaType);
        Assert.Equal(
            "event: next\ndata: {\"data\":{\"count\":1}}\n\nevent: next\ndata: {\"data\":{\"count\":2}}\n\nevent: complete\ndata:\n\n",
            reply.Body);
    }

    [Fact]
    public async Task A_get_with_accept_event_stream_works_too()
    {
        var reply = await GetAsync(server, "query=" + Uri.EscapeDataString("subscription { count(to: 1) }"), accept: "text/event-stream");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.StartsWith("event: next\ndata: {\"data\":{\"count\":1}}", reply.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"query": "subscription { nope }"}""", "nope")]
    [InlineData("""{"query": 3}""", "must be a string")]
    [InlineData("{", "not valid JSON")]
    public async Task Errors_before_execution_are_a_next_event_then_complete(string body, string expected)
    {
        var reply = await PostAsync(server, body, accept: "text/event-stream");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.StartsWith("event: next\ndata: {\"errors\":", reply.Body, StringComparison.Ordinal);
        Assert.Contains(expected, reply.Body, StringComparison.Ordinal);
        Assert.EndsWith("event: complete\ndata:\n\n", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_stream_that_throws_ends_with_an_error_event_then_complete()
    {
        var reply = await PostQueryAsync(server, new { query = "subscription { failing }" }, accept: "text/event-stream");

        Assert.Equal(
            "event: next\ndata: {\"data\":{\"failing\":1}}\n\nevent: next\ndata: {\"errors\":[{\"message\":\"source broke\"}]}\n\nevent: complete\ndata:\n\n",
            reply.Body);
    }

    [Fact]
    public async Task A_subscription_with_no_event_yet_answers_with_its_headers_at_once()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Address)
        {
            Content = new StringContent("""{"query": "subscription { idle }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        using var response = await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Closing_the_event_stream_cancels_the_source_stream()
    {
        server.Probe.Reset();
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Address)
        {
            Content = new StringContent("""{"query": "subscription { forever }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using (var response = await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead))
        {
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[64];
            Assert.True(await body.ReadAsync(buffer) > 0);
        }

        await server.Probe.WaitForCancellationAsync();
    }
}
