namespace EventAgents.Platform.GraphQL;

/// <summary>A schema could not be built because its definition is invalid.</summary>
public sealed class SchemaException : Exception
{
    /// <summary>Creates the exception listing every problem found.</summary>
    public SchemaException(IReadOnlyList<string> problems) : base(string.Join(Environment.NewLine, problems)) => Problems = problems;

    /// <summary>Creates the exception for one problem.</summary>
    public SchemaException(string message) : base(message) => Problems = [message];

    /// <summary>Creates the exception with a message and a cause.</summary>
    public SchemaException(string message, Exception innerException) : base(message, innerException) => Problems = [message];

    /// <summary>Creates an exception with no message.</summary>
    public SchemaException() => Problems = [];

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<string> Problems { get; }
}
