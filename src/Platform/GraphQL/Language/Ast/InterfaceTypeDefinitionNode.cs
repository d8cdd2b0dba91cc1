namespace EventAgents.Platform.GraphQL.Language;

/// <summary>interface X { ... }</summary>
public sealed record InterfaceTypeDefinitionNode(Location Location, StringValueNode? Description, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields) : TypeDefinitionNode(Location, Description, Name, Directives);
