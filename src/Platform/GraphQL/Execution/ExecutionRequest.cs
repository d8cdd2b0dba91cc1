namespace EventAgents.Platform.GraphQL.Execution;

/// <summary>A request to execute: the document text, the operation to run, variables, and the application's context.</summary>
public sealed record ExecutionRequest(string Query)
{
    /// <summary>The name of the operation to run when the document has several.</summary>
    public string? OperationName { get; init; }

    /// <summary>Raw variable values (CLR values or JSON elements).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The value the root fields receive as their parent.</summary>
    public object? RootValue { get; init; }

    /// <summary>The application's per-request context, available to resolvers.</summary>
    public object? UserContext { get; init; }

    /// <summary>Services for resolvers.</summary>
    public IServiceProvider? Services { get; init; }
}
