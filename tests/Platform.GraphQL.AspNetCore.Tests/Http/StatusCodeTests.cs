using System.Net;
using EventAgents.Platform.GraphQL.AspNetCore.Tests.Support;
using static EventAgents.Platform.GraphQL.AspNetCore.Tests.Support.HttpExchange;

namespace EventAgents.Platform.GraphQL.AspNetCore.Tests.Http;

[Collection(ServerCollection.Name)]
public sealed class StatusCodeTests(GraphQLServer server)
{
    private const string GraphQLResponse = "application/graphql-response+json";

    [Fact]
    public async Task A_post_query_answers_200_with_graphql_response_json_by_default()
    {
        var reply = await PostQueryAsync(server, new { query = "{ hello }" });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(GraphQLResponse, reply.MediaType);
        Assert.Equal("""{"data":{"hello":"hello world"}}""", reply.Body);
    }

    [Fact]
    public async Task A_get_query_with_variables_in_the_query_string_answers_200()
    {
        var reply = await GetAsync(server, "query=" + Uri.EscapeDataString("query($n: String) { hello(name: $n) }") + "&variables=" + Uri.EscapeDataString("""{"n":"there"}"""));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("hello there", reply.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task A_mutation_over_get_is_refused_with_405_and_allow_post()
    {
        var reply = await GetAsync(server, "query=" + Uri.EscapeDataString("mutation { add(a: 1, b: 2) }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.Status);
        Assert.Contains("POST", reply.Response.Content.Headers.Allow);
    }

    [Fact]
    public async Task A_mutation_over_post_runs()
    {
        var reply = await PostQueryAsync(server, new { query = "mutation { add(a: 1, b: 2) }" });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(3, reply.Json.GetProperty("data").GetProperty("add").GetInt32());
    }

    [Theory]
    [InlineData("{ hello ")]
    [InlineData("{ nope }")]
    public async Task A_document_that_fails_to_parse_or_validate_is_400_with_graphql_response_json(string query)
    {
        var reply = await PostQueryAsync(server, new { query });

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(GraphQLResponse, reply.MediaType);
        Assert.False(reply.Json.TryGetProperty("data", out _));
        Assert.NotEmpty(reply.FirstError);
    }

    [Fact]
    public async Task A_document_that_fails_to_validate_is_200_with_application_json()
    {
        var reply = await PostQueryAsync(server, new { query = "{ nope }" }, accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("application/json", reply.MediaType);
        Assert.Contains("nope", reply.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_field_error_is_200_with_partial_data_and_errors()
    {
        var reply = await PostQueryAsync(server, new { query = "{ hello boom }" });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("boom failed", reply.FirstError);
        Assert.Equal("hello world", reply.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_405_with_allow_get_and_post(string method)
    {
        var reply = await SendAsync(server, new HttpRequestMessage(new HttpMethod(method), server.Address));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.Status);
        Assert.Equal(["GET", "POST"], reply.Response.Content.Headers.Allow.Order());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task A_post_body_that_is_not_json_is_415(string contentType)
    {
        var reply = await PostAsync(server, """{"query":"{ hello }"}""", contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, reply.Status);
        Assert.Contains("Content-Type", reply.FirstError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("text/plain, image/png")]
    public async Task An_accept_header_with_nothing_the_server_produces_is_406(string accept)
    {
        var reply = await PostQueryAsync(server, new { query = "{ hello }" }, accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, reply.Status);
    }

    [Theory]
    [InlineData("application/json", "application/json")]
    [InlineData("application/json;q=0.9, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    [InlineData("*/*", GraphQLResponse)]
    [InlineData("text/html;q=0.1, application/json;q=0.2", "application/json")]
    public async Task The_response_media_type_follows_the_accept_header(string accept, string expected)
    {
        var reply = await PostQueryAsync(server, new { query = "{ hello }" }, accept);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(expected, reply.MediaType);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        var padding = new string(' ', 1024 * 1024 + 10);
        var reply = await PostAsync(server, """{"query":"{ hello }"}""" + padding);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413()
    {
        var content = new StreamContent(new PaddedStream(2 * 1024 * 1024));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, server.Address) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var reply = await SendAsync(server, request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
    }

    [Fact]
    public async Task A_subscription_over_plain_http_is_400_naming_the_transports()
    {
        var reply = await PostQueryAsync(server, new { query = "subscription { count(to: 2) }" });

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("text/event-stream", reply.FirstError, StringComparison.Ordinal);
    }
}
