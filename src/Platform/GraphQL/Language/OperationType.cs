namespace EventAgents.Platform.GraphQL.Language;

/// <summary>The kind of an operation.</summary>
public enum OperationType
{
    /// <summary>A read-only fetch.</summary>
    Query,

    /// <summary>A write followed by a fetch.</summary>
    Mutation,

    /// <summary>A long-lived request that yields a response per source event.</summary>
    Subscription,
}
