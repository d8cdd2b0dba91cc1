namespace EventAgents.Platform.GraphQL.Execution;

/// <summary>Carries a located field error up to the nearest nullable field (null propagation).</summary>
internal sealed class FieldErrorException : Exception
{
    public FieldErrorException(GraphQLError error) : base(error.Message) => Error = error;

    public FieldErrorException() => Error = new GraphQLError(string.Empty);

    public FieldErrorException(string message) : base(message) => Error = new GraphQLError(message);

    public FieldErrorException(string message, Exception innerException) : base(message, innerException) => Error = new GraphQLError(message);

    public GraphQLError Error { get; }
}
