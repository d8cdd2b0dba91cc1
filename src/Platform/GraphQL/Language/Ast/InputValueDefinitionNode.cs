namespace EventAgents.Platform.GraphQL.Language;

/// <summary>An argument or input field definition.</summary>
public sealed record InputValueDefinitionNode(Location Location, StringValueNode? Description, NameNode Name, TypeNode Type, ValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode(Location);
