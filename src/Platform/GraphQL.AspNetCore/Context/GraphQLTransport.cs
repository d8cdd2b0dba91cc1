namespace EventAgents.Platform.GraphQL.AspNetCore.Context;

/// <summary>How a request reached the endpoint.</summary>
public enum GraphQLTransport
{
    /// <summary>A GraphQL-over-HTTP GET or POST.</summary>
    Http,

    /// <summary>A GraphQL-over-SSE request (distinct connections mode).</summary>
    ServerSentEvents,

    /// <summary>A <c>graphql-transport-ws</c> WebSocket connection.</summary>
    WebSocket,
}
