namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A directive applied somewhere: @name(args).</summary>
public sealed record DirectiveNode(Location Location, NameNode Name, IReadOnlyList<ArgumentNode> Arguments) : SyntaxNode(Location);
