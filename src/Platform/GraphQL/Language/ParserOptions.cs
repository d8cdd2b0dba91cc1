namespace EventAgents.Platform.GraphQL.Language;

/// <summary>Limits that protect the parser from abusive documents.</summary>
public sealed record ParserOptions
{
    /// <summary>The default options: 15,000 tokens, 128 levels of nesting.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>The largest number of tokens a document may have.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>The deepest nesting of selection sets, list and object values, and list types.</summary>
    public int MaxDepth { get; init; } = 128;

}
