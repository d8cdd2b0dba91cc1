namespace EventAgents.Platform.GraphQL.Language;

/// <summary>type X implements I { ... }</summary>
public sealed record ObjectTypeDefinitionNode(Location Location, StringValueNode? Description, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields) : TypeDefinitionNode(Location, Description, Name, Directives);
