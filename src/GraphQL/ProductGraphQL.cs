using EventAgents.GraphQL.Auth;
using EventAgents.Platform.GraphQL.AspNetCore;
using EventAgents.Platform.GraphQL.AspNetCore.PersistedDocuments;
using EventAgents.Platform.GraphQL.Execution;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace EventAgents.GraphQL;

/// <summary>The API's parts for a host: the resolvers' services and the executor to map (see <see cref="GraphQLServiceCollectionExtensions.AddProductGraphQL"/>).</summary>
public sealed class ProductGraphQL
{
    /// <param name="api">What the resolvers use.</param>
    /// <param name="logger">Where a resolver's failure is logged (its message only goes to the client).</param>
    public ProductGraphQL(ProductApi api, ILogger<ProductGraphQL>? logger = null)
    {
        Api = api;
        Action<Exception>? logError = logger is null ? null : e => logger.LogError("GraphQL resolver failed: {Type}: {Message}", e.GetType().Name, e.Message);
        Executor = ProductSchema.Executor(ProductSchema.Build(api), logError);
    }

    public ProductApi Api { get; }

    public GraphQLExecutor Executor { get; }

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
