namespace EventAgents.Platform.GraphQL;

/// <summary>Thrown by resolvers, scalars and the engine to report an error whose message is meant for the client.</summary>
public sealed class GraphQLException : Exception
{
    /// <summary>Creates the exception with a client-facing message.</summary>
    public GraphQLException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a client-facing message and extensions (for example an error code).</summary>
    public GraphQLException(string message, IReadOnlyDictionary<string, object?>? extensions) : base(message) => Extensions = extensions;

    /// <summary>Creates the exception with a message and a cause.</summary>
    public GraphQLException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public GraphQLException()
    {
    }

    /// <summary>Extra data for the client.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }
}
