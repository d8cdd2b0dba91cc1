using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EventAgents.GraphQL.Tests.Support;
using EventAgents.Platform.GraphQL.AspNetCore.PersistedDocuments;

namespace EventAgents.GraphQL.Tests;

/// <summary>/graphql takes Apollo's automatic persisted queries from authenticated clients only.</summary>
public sealed class PersistedQueryTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Query = "{ viewer { role } }";

    [Fact]
    public async Task A_hash_registers_with_its_document_and_then_runs_alone_but_not_without_a_key()
    {
        var hash = DocumentHash.Of(Query);
        Assert.Equal("PersistedQueryNotFound", (await PostAsync(new { extensions = Persisted(hash) }, server.ViewerKey)).GetProperty("errors")[0].GetProperty("message").GetString());

        var anonymous = await SendAsync(new { query = Query, extensions = Persisted(hash) }, null);
        Assert.Equal(401, anonymous.Status);
        Assert.Equal("PersistedQueryNotFound", (await PostAsync(new { extensions = Persisted(hash) }, server.ViewerKey)).GetProperty("errors")[0].GetProperty("message").GetString());

        await PostAsync(new { query = Query, extensions = Persisted(hash) }, server.ViewerKey);
        var byHash = await PostAsync(new { extensions = Persisted(hash) }, server.OperatorKey);
        Assert.Equal("OPERATOR", byHash.GetProperty("data").GetProperty("viewer").GetProperty("role").GetString());
    }

    private async Task<JsonElement> PostAsync(object body, string key) => (await SendAsync(body, key)).Body;

    private async Task<(int Status, JsonElement Body)> SendAsync(object body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, server.GraphQLUrl) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        using var response = await server.Http.SendAsync(request);
        return ((int)response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static object Persisted(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };
}
