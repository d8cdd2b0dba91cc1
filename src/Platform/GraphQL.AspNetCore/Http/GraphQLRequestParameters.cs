namespace EventAgents.Platform.GraphQL.AspNetCore.Http;

/// <summary>The GraphQL-over-HTTP request parameters: the document, the operation name, the variables as CLR values, and the
/// hash of a persisted document (<c>extensions.persistedQuery.sha256Hash</c>, lowercase); <see cref="Query"/> is empty when only the hash was sent.</summary>
internal sealed record GraphQLRequestParameters(string Query, string? OperationName, IReadOnlyDictionary<string, object?>? Variables, string? PersistedHash = null);
