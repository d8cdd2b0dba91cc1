namespace EventAgents.Platform.GraphQL.Execution;

/// <summary>The response to a request: data (absent when execution did not start), errors, extensions.</summary>
public sealed record ExecutionResult
{
    /// <summary>The data; null with <see cref="HasData"/> true means the root became null.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; init; }

    /// <summary>True when execution started, so the response carries a "data" entry (possibly null).</summary>
    public bool HasData { get; init; }

    /// <summary>Errors, or null when there were none.</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; init; }

    /// <summary>Extra response entries.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>A result for a request that failed before execution.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new() { Errors = errors };

    /// <summary>A result for a single error before execution.</summary>
    public static ExecutionResult FromError(GraphQLError error) => new() { Errors = [error] };

    /// <summary>The response as JSON text (spec response format: errors first when present, then data).</summary>
    public string ToJson() => ResultJsonWriter.Write(this);
}
