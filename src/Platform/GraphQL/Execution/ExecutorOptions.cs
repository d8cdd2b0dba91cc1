using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Validation;

namespace EventAgents.Platform.GraphQL.Execution;

/// <summary>How an executor parses, validates, caches and limits requests.</summary>
public sealed record ExecutorOptions
{
    /// <summary>Parser limits (tokens, nesting).</summary>
    public ParserOptions Parser { get; init; } = ParserOptions.Default;

    /// <summary>Limits on the shape and cost of operations, checked with validation.</summary>
    public ExecutionLimits Limits { get; init; } = new();

    /// <summary>Validation rules; the specification's by default.</summary>
    public IReadOnlyList<ValidationRule> Rules { get; init; } = SpecifiedRules.All;

    /// <summary>How many parsed and validated documents to keep, keyed by their text.</summary>
    public int DocumentCacheSize { get; init; } = 1_000;

    /// <summary>Turns an exception thrown by a resolver into the error the client sees; by default its message.</summary>
    public Func<Exception, GraphQLError, GraphQLError>? ErrorFilter { get; init; }
}
