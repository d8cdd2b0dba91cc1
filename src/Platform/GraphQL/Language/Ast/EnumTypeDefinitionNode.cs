namespace EventAgents.Platform.GraphQL.Language;

/// <summary>enum X { A B }</summary>
public sealed record EnumTypeDefinitionNode(Location Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<EnumValueDefinitionNode> Values) : TypeDefinitionNode(Location, Description, Name, Directives);
