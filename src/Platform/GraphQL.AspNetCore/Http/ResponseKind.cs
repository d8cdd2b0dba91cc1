namespace EventAgents.Platform.GraphQL.AspNetCore.Http;

/// <summary>The response media type chosen from the request's Accept header.</summary>
internal enum ResponseKind
{
    /// <summary>Nothing the endpoint can produce is acceptable (406).</summary>
    None,

    /// <summary><c>application/graphql-response+json</c>: status codes follow the GraphQL response.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c>: every GraphQL response is 200.</summary>
    Json,

    /// <summary><c>text/event-stream</c>: GraphQL over SSE.</summary>
    EventStream,

    /// <summary><c>text/html</c>: the query page.</summary>
    Html,
}
