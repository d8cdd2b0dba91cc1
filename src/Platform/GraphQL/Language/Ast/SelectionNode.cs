namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A field, fragment spread or inline fragment.</summary>
public abstract record SelectionNode(Location Location, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode(Location);
