namespace EventAgents.Platform.GraphQL.Language;

/// <summary>extend union X</summary>
public sealed record UnionTypeExtensionNode(Location Location, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<NamedTypeNode> Types) : TypeExtensionNode(Location, Name, Directives);
