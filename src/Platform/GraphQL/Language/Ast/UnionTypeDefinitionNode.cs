namespace EventAgents.Platform.GraphQL.Language;

/// <summary>union X = A | B</summary>
public sealed record UnionTypeDefinitionNode(Location Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<NamedTypeNode> Types) : TypeDefinitionNode(Location, Description, Name, Directives);
