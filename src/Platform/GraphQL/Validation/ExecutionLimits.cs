namespace EventAgents.Platform.GraphQL.Validation;

/// <summary>Limits that protect the server from expensive operations. A null limit is not checked.</summary>
public sealed record ExecutionLimits
{
    /// <summary>The deepest nesting of fields (fragments expanded); 15 by default.</summary>
    public int? MaxDepth { get; init; } = 15;

    /// <summary>The most aliases an operation may use (fragments expanded); 30 by default.</summary>
    public int? MaxAliases { get; init; } = 30;

    /// <summary>The most field selections an operation may make once fragments are expanded (fan-out); 2,000 by default.</summary>
    public int? MaxFields { get; init; } = 2_000;

    /// <summary>The highest cost: each field costs 1, times the sizes of the lists above it; 50,000 by default.</summary>
    public int? MaxCost { get; init; } = 50_000;

    /// <summary>The size assumed for a list field without a first/last/limit/take argument.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>No limits.</summary>
    public static ExecutionLimits None { get; } = new() { MaxDepth = null, MaxAliases = null, MaxFields = null, MaxCost = null };
}
