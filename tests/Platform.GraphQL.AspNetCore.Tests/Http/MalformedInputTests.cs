using System.Net;
using System.Text;
using System.Text.Json;
using EventAgents.Platform.GraphQL.AspNetCore.Tests.Support;
using static EventAgents.Platform.GraphQL.AspNetCore.Tests.Support.HttpExchange;

namespace EventAgents.Platform.GraphQL.AspNetCore.Tests.Http;

[Collection(ServerCollection.Name)]
public sealed class MalformedInputTests(GraphQLServer server)
{
    [Theory]
    [InlineData("""{"query": "{ hello }" """, "not valid JSON")]
    [InlineData("{'query': 1}", "not valid JSON")]
    [InlineData("", "empty")]
    [InlineData("[1, 2]", "JSON object")]
    [InlineData("\"{ hello }\"", "JSON object")]
    [InlineData("""{"operationName": null}""", "\"query\"")]
    [InlineData("""{"query": 42}""", "\"query\"")]
    [InlineData("""{"query": "{ hello }", "variables": [1]}""", "\"variables\"")]
    [InlineData("""{"query": "{ hello }", "variables": "{}"}""", "\"variables\"")]
    [InlineData("""{"query": "{ hello }", "operationName": 7}""", "\"operationName\"")]
    [InlineData("""{"query": "{ hello }", "extensions": 7}""", "\"extensions\"")]
    public async Task A_malformed_body_is_400_with_an_error_naming_the_problem(string body, string expected)
    {
        var reply = await PostAsync(server, body);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("application/graphql-response+json", reply.MediaType);
        Assert.Contains(expected, reply.FirstError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("query=%7B%20hello%20%7D&variables=%5B", "\"variables\"")]
    [InlineData("query=%7B%20hello%20%7D&variables=1", "\"variables\"")]
    [InlineData("operationName=x", "\"query\"")]
    [InlineData("query=a&query=b", "more than once")]
    public async Task A_malformed_query_string_is_400_with_an_error_naming_the_problem(string queryString, string expected)
    {
        var reply = await GetAsync(server, queryString);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains(expected, reply.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_nested_ten_thousand_deep_is_a_syntax_error_not_a_crash()
    {
        var query = new StringBuilder().Insert(0, "{ hello ", 10_000).Append(new string('}', 10_000)).ToString();

        var reply = await PostQueryAsync(server, new { query });

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("Syntax Error", reply.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Variables_nested_ten_thousand_deep_are_refused_as_json()
    {
        var variables = new string('[', 10_000) + new string(']', 10_000);
        var reply = await PostAsync(server, $$$"""{"query": "{ hello }", "variables": {"v": {{{variables}}}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("not valid JSON", reply.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Thousands_of_aliases_are_refused_by_the_limits()
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 4_000).Select(i => $"a{i}: hello")) + " }";

        var reply = await PostQueryAsync(server, new { query });

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.False(reply.Json.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("\"seven\"")]
    [InlineData("1.5")]
    [InlineData("null")]
    [InlineData("{\"a\": 1}")]
    public async Task A_variable_of_the_wrong_type_is_400_naming_the_variable(string value)
    {
        var reply = await PostAsync(server, $$$"""{"query": "query($value: Int!) { number(value: $value) }", "variables": {"value": {{{value}}}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("Variable \"$value\"", reply.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_operation_name_is_400_naming_it()
    {
        var reply = await PostQueryAsync(server, new { query = "query A { hello } query B { hello }", operationName = "C" });

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("Unknown operation named \"C\".", reply.FirstError);
    }

    [Fact]
    public async Task Several_operations_without_a_name_are_400()
    {
        var reply = await PostQueryAsync(server, new { query = "query A { hello } query B { hello }" });

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("operation name", reply.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_named_operation_of_several_runs()
    {
        var reply = await PostQueryAsync(server, new { query = "query A { hello } mutation B { add(a: 2, b: 2) }", operationName = "B" });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(4, reply.Json.GetProperty("data").GetProperty("add").GetInt32());
    }

    [Fact]
    public async Task A_burst_of_malformed_requests_leaves_the_server_serving()
    {
        var bodies = new[] { "{", "[]", "null", """{"query": "{"}""", """{"query": "{ hello }", "variables": 1}""" };
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => PostAsync(server, bodies[i % bodies.Length])));

        var reply = await PostQueryAsync(server, new { query = "{ hello }" });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(JsonValueKind.Object, reply.Json.GetProperty("data").ValueKind);
    }
}
