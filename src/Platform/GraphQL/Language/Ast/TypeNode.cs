namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A type reference.</summary>
public abstract record TypeNode(Location Location) : SyntaxNode(Location);
