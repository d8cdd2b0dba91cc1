namespace EventAgents.Platform.GraphQL.AspNetCore;

/// <summary>What a client is told when a subscription's source stream throws: a <see cref="GraphQLException"/>'s
/// message (meant for clients), otherwise a generic message.</summary>
internal static class StreamFailures
{
    public static GraphQLError ToError(Exception exception) => exception is GraphQLException graphQL
        ? new GraphQLError(graphQL.Message) { Extensions = graphQL.Extensions, Exception = exception }
        : new GraphQLError("The subscription's source stream failed.") { Exception = exception };
}
