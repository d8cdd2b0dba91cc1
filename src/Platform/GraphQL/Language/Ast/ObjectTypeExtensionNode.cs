namespace EventAgents.Platform.GraphQL.Language;

/// <summary>extend type X</summary>
public sealed record ObjectTypeExtensionNode(Location Location, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields) : TypeExtensionNode(Location, Name, Directives);
