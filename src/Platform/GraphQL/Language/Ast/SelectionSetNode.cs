namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A braced list of selections.</summary>
public sealed record SelectionSetNode(Location Location, IReadOnlyList<SelectionNode> Selections) : SyntaxNode(Location);
