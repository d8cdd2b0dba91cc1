namespace EventAgents.Platform.GraphQL.AspNetCore.Context;

/// <summary>Whether the credentials a request or connection was allowed with still hold (not revoked, not expired).
/// The WebSocket and SSE transports ask before each operation they start on an open connection and every
/// <see cref="GraphQLEndpointOptions.CredentialCheckInterval"/> while it stays open; false ends the connection.
/// It is called often, so it should be cheap (a cache, or state kept current by events).</summary>
public delegate ValueTask<bool> CredentialCheck(CancellationToken cancellationToken);
