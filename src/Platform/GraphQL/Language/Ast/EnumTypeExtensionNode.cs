namespace EventAgents.Platform.GraphQL.Language;

/// <summary>extend enum X</summary>
public sealed record EnumTypeExtensionNode(Location Location, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<EnumValueDefinitionNode> Values) : TypeExtensionNode(Location, Name, Directives);
