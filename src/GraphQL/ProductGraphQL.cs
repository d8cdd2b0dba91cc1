using EventAgents.Application.Chats.Replying;
using EventAgents.GraphQL.Auth;
using EventAgents.GraphQL.Common;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.GraphQL.AspNetCore;
using EventAgents.Platform.GraphQL.AspNetCore.PersistedDocuments;
using EventAgents.Platform.GraphQL.Execution;
using EventAgents.Projections;
using Microsoft.AspNetCore.Routing;

namespace EventAgents.GraphQL;

/// <summary>The API's parts for a host: read model and key tables, the projections to run, the executor to map.</summary>
public sealed class ProductGraphQL
{
    private ProductGraphQL(ProductApi api, GraphQLExecutor executor)
    {
        Api = api;
        Executor = executor;
    }

    public ProductApi Api { get; }

    public GraphQLExecutor Executor { get; }

    /// <summary>Migrates the read model and API key tables (in the store's schema) and builds the schema.</summary>
    /// <param name="server">How the host runs steps, for <c>Query.server</c>; null while it has no step runner yet.</param>
    public static async Task<ProductGraphQL> CreateAsync(
        EventStore store, string schema, IChatReplies chatReplies, TimeProvider clock, Func<ServerInfo?> server, Action<Exception>? logError, CancellationToken ct)
    {
        await ReadModels.MigrateAsync(store.DataSource, schema, ct).ConfigureAwait(false);
        var keys = new ApiKeys(store.DataSource, schema, clock);
        await keys.MigrateAsync(ct).ConfigureAwait(false);
        var daemon = new ProjectionDaemon(store, new ReadModelReader(store.DataSource, schema), ReadModels.All());
        var api = new ProductApi(store, daemon, keys, clock, chatReplies) { Server = server };
        return new ProductGraphQL(api, ProductSchema.Executor(ProductSchema.Build(api), logError));
    }

    /// <summary>Keeps the read models current until cancelled.</summary>
    public Task RunProjectionsAsync(CancellationToken ct) => Api.Projections.RunAsync(ct);

    /// <summary>
    /// Maps GraphQL over HTTP, SSE and graphql-transport-ws at <paramref name="path"/>, every request authenticated by API key;
    /// an open WebSocket or SSE connection whose key is revoked ends within a few seconds.
    /// Automatic persisted queries are on; with <paramref name="trustedDocuments"/> (a manifest file, default from
    /// EVENTAGENTS_TRUSTED_DOCUMENTS) only the manifest's documents run.
    /// </summary>
    public void Map(IEndpointRouteBuilder endpoints, string path = "/graphql", string? trustedDocuments = null)
    {
        trustedDocuments ??= Environment.GetEnvironmentVariable("EVENTAGENTS_TRUSTED_DOCUMENTS") is { Length: > 0 } file ? file : null;
        var persisted = trustedDocuments is null ? new PersistedDocumentOptions() : PersistedDocumentOptions.Trusted(TrustedDocuments.FromFile(trustedDocuments));
        endpoints.MapGraphQL(path, Executor, options =>
        {
            options.ContextFactory = Authorization.ContextFactory(Api.Keys);
            options.CredentialCheckInterval = TimeSpan.FromSeconds(2);
            options.PersistedDocuments = persisted;
        });
    }
}
