namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A literal value or a variable.</summary>
public abstract record ValueNode(Location Location) : SyntaxNode(Location);
