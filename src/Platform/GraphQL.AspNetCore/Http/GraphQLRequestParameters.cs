namespace EventAgents.Platform.GraphQL.AspNetCore.Http;

/// <summary>The GraphQL-over-HTTP request parameters: the document, the operation name and the variables as CLR values.</summary>
internal sealed record GraphQLRequestParameters(string Query, string? OperationName, IReadOnlyDictionary<string, object?>? Variables);
