namespace EventAgents.Platform.GraphQL.Language;

/// <summary>extend interface X</summary>
public sealed record InterfaceTypeExtensionNode(Location Location, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields) : TypeExtensionNode(Location, Name, Directives);
