namespace EventAgents.Platform.GraphQL.Language;

/// <summary>One value of an enum type definition.</summary>
public sealed record EnumValueDefinitionNode(Location Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode(Location);
