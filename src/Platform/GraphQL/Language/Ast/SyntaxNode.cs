namespace EventAgents.Platform.GraphQL.Language;

/// <summary>The base of every node of a GraphQL document's syntax tree; immutable, with its position in the source.</summary>
public abstract record SyntaxNode(Location Location);
