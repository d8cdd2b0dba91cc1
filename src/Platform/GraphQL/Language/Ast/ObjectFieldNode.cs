namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A field of an input object literal.</summary>
public sealed record ObjectFieldNode(Location Location, NameNode Name, ValueNode Value) : SyntaxNode(Location);
