namespace EventAgents.Platform.GraphQL.AspNetCore.Context;

/// <summary>Builds the per-request (HTTP, SSE) or per-connection (WebSocket, from <c>connection_init</c>) context that
/// resolvers receive, or refuses the request.</summary>
public delegate ValueTask<GraphQLContextResult> GraphQLContextFactory(GraphQLContextRequest request, CancellationToken cancellationToken);
