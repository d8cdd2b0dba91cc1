namespace EventAgents.Platform.GraphQL.Language;

/// <summary>scalar X</summary>
public sealed record ScalarTypeDefinitionNode(Location Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeDefinitionNode(Location, Description, Name, Directives);
