namespace EventAgents.Platform.GraphQL.Language;

/// <summary>Where a node or token sits in its source: character offsets and 1-based line and column of its start.</summary>
public readonly record struct Location(int Start, int End, int Line, int Column);
