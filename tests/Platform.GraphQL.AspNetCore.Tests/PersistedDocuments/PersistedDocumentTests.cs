using System.Net;
using EventAgents.Platform.GraphQL.AspNetCore.PersistedDocuments;
using EventAgents.Platform.GraphQL.AspNetCore.Tests.Support;
using EventAgents.Testing;
using static EventAgents.Platform.GraphQL.AspNetCore.Tests.Support.HttpExchange;

namespace EventAgents.Platform.GraphQL.AspNetCore.Tests.PersistedDocuments;

/// <summary>Automatic persisted queries (Apollo's protocol) and trusted documents from a manifest, over HTTP, SSE and WebSockets.</summary>
public sealed class PersistedDocumentTests : IAsyncLifetime
{
    private const string Hello = "{ hello }";
    private const string Trusted = "query Trusted { hello(name: \"trusted\") }";

    private readonly GraphQLServer _automatic = new() { Configure = o => o.PersistedDocuments = new PersistedDocumentOptions() };
    private readonly GraphQLServer _trusted = new()
    {
        Configure = o => o.PersistedDocuments = PersistedDocumentOptions.Trusted(
            TrustedDocuments.FromJson($$"""{"format": "apollo-persisted-query-manifest", "version": 1, "operations": [{"id": "{{DocumentHash.Of(Trusted)}}", "name": "Trusted", "type": "query", "body": {{System.Text.Json.JsonSerializer.Serialize(Trusted)}}}]}""")),
    };
    private readonly GraphQLServer _plain = new();

    public async Task InitializeAsync()
    {
        await _automatic.InitializeAsync();
        await _trusted.InitializeAsync();
        await _plain.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _automatic.DisposeAsync();
        await _trusted.DisposeAsync();
        await _plain.DisposeAsync();
    }

    [Fact]
    public async Task An_unknown_hash_is_PersistedQueryNotFound_then_hash_and_query_register_it_and_the_hash_alone_runs_it()
    {
        var hash = DocumentHash.Of(Hello);

        var unknown = await PostQueryAsync(_automatic, new { extensions = Persisted(hash) });
        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.Equal("PersistedQueryNotFound", unknown.FirstError);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", unknown.Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var registered = await PostQueryAsync(_automatic, new { query = Hello, extensions = Persisted(hash) });
        Assert.Equal("hello world", registered.Json.GetProperty("data").GetProperty("hello").GetString());

        var byHash = await GetAsync(_automatic, "extensions=" + Uri.EscapeDataString(System.Text.Json.JsonSerializer.Serialize(Persisted(hash))));
        Assert.Equal(HttpStatusCode.OK, byHash.Status);
        Assert.Equal("hello world", byHash.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task A_hash_that_is_not_the_documents_or_malformed_is_refused()
    {
        var wrong = await PostQueryAsync(_automatic, new { query = Hello, extensions = Persisted(DocumentHash.Of("{ other }")) });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Equal("provided sha does not match query", wrong.FirstError);

        var malformed = await PostQueryAsync(_automatic, new { extensions = new { persistedQuery = new { version = 2, sha256Hash = "abc" } } });
        Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
        Assert.Contains("extensions.persistedQuery must be", malformed.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_without_persisted_documents_says_so_and_still_runs_documents_sent_as_text()
    {
        var hashOnly = await PostQueryAsync(_plain, new { extensions = Persisted(DocumentHash.Of(Hello)) });
        Assert.Equal("PersistedQueryNotSupported", hashOnly.FirstError);
        Assert.Equal("hello world", (await PostQueryAsync(_plain, new { query = Hello, extensions = Persisted(DocumentHash.Of(Hello)) }))
            .Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Trusted_only_runs_the_manifests_documents_by_hash_or_text_and_nothing_else()
    {
        var byHash = await PostQueryAsync(_trusted, new { extensions = Persisted(DocumentHash.Of(Trusted)) });
        Assert.Equal("hello trusted", byHash.Json.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("hello trusted", (await PostQueryAsync(_trusted, new { query = Trusted })).Json.GetProperty("data").GetProperty("hello").GetString());

        var other = await PostQueryAsync(_trusted, new { query = Hello });
        Assert.Equal(HttpStatusCode.BadRequest, other.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_TRUSTED", other.Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var registering = await PostQueryAsync(_trusted, new { query = Hello, extensions = Persisted(DocumentHash.Of(Hello)) });
        Assert.Equal(HttpStatusCode.BadRequest, registering.Status);
        Assert.Equal("PersistedQueryNotFound", (await PostQueryAsync(_trusted, new { extensions = Persisted(DocumentHash.Of(Hello)) })).FirstError);
    }

    [Fact]
    public async Task A_websocket_subscription_by_hash_runs_the_registered_document_or_gets_an_error_message()
    {
        const string count = "subscription { count(to: 2) }";
        await using var socket = await GraphQLTransportSocket.ConnectAsync(_automatic.WebSocketAddress);
        await socket.InitAndAckAsync();
        var hash = DocumentHash.Of(count);
        await socket.SendAsync(Subscribe("1", null, hash));
        var error = await socket.ReceiveAsync();
        Assert.Equal(("error", "PersistedQueryNotFound"), (error.GetProperty("type").GetString(), error.GetProperty("payload")[0].GetProperty("message").GetString()));

        await PostQueryAsync(_automatic, new { query = "{ hello }", extensions = Persisted(DocumentHash.Of("{ hello }")) });
        await socket.SendAsync(Subscribe("2", count, hash));
        Assert.Equal("next", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        Assert.Equal("next", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        Assert.Equal("complete", (await socket.ReceiveAsync()).GetProperty("type").GetString());

        await socket.SendAsync(Subscribe("3", null, hash));
        var next = await socket.ReceiveAsync();
        Assert.Equal(("next", 1), (next.GetProperty("type").GetString(), next.GetProperty("payload").GetProperty("data").GetProperty("count").GetInt32()));
    }

    [Fact]
    public void A_manifest_entry_whose_hash_is_not_its_documents_is_refused_when_loaded()
    {
        var error = Assert.Throws<FormatException>(() => TrustedDocuments.FromJson($$"""{"{{DocumentHash.Of("{ a }")}}": "{ b }"}"""));
        Assert.Contains("does not match", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, TrustedDocuments.FromJson($$"""{"{{DocumentHash.Of("{ a }")}}": "{ a }"}""").Count);
    }

    private static string Subscribe(string id, string? query, string hash) => System.Text.Json.JsonSerializer.Serialize(new
    {
        id,
        type = "subscribe",
        payload = query is null ? (object)new { extensions = Persisted(hash) } : new { query, extensions = Persisted(hash) },
    });

    private static object Persisted(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };
}
