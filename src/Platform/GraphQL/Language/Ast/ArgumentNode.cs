namespace EventAgents.Platform.GraphQL.Language;

/// <summary>An argument given to a field or directive.</summary>
public sealed record ArgumentNode(Location Location, NameNode Name, ValueNode Value) : SyntaxNode(Location);
