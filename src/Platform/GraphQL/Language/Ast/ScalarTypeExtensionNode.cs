namespace EventAgents.Platform.GraphQL.Language;

/// <summary>extend scalar X</summary>
public sealed record ScalarTypeExtensionNode(Location Location, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeExtensionNode(Location, Name, Directives);
