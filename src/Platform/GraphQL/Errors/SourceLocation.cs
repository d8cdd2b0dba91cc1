namespace EventAgents.Platform.GraphQL;

/// <summary>A 1-based line and column in a document.</summary>
public readonly record struct SourceLocation(int Line, int Column);
