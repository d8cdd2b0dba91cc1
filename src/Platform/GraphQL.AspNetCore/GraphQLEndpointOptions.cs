using EventAgents.Platform.GraphQL.AspNetCore.Context;

namespace EventAgents.Platform.GraphQL.AspNetCore;

/// <summary>How a GraphQL endpoint serves HTTP, server-sent events, WebSockets and GraphiQL.</summary>
public sealed class GraphQLEndpointOptions
{
    /// <summary>The largest request body (HTTP) or WebSocket message accepted, in bytes; 1 MiB by default.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>How long a WebSocket client has to send <c>connection_init</c> before the socket closes with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Builds the context handed to resolvers, or refuses the request; null allows everything with no context.</summary>
    public GraphQLContextFactory? ContextFactory { get; set; }

    /// <summary>How often an open WebSocket or SSE connection asks the context's <see cref="CredentialCheck"/> whether its
    /// credentials still hold (they are also asked before each WebSocket operation starts); 5 seconds by default.</summary>
    public TimeSpan CredentialCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Serves the query page on GET requests that accept HTML; null means "when the environment is Development".</summary>
    public bool? EnableGraphiQL { get; set; }

    /// <summary>Accepts <c>graphql-transport-ws</c> WebSocket connections.</summary>
    public bool EnableWebSockets { get; set; } = true;

    /// <summary>Accepts GraphQL-over-SSE requests (<c>Accept: text/event-stream</c>).</summary>
    public bool EnableServerSentEvents { get; set; } = true;

    /// <summary>Persisted documents (automatic persisted queries, or trusted documents only); null runs only documents sent as text.</summary>
    public PersistedDocuments.PersistedDocumentOptions? PersistedDocuments { get; set; }

    /// <summary>The clock for timeouts.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
