namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A field of an object or interface type definition.</summary>
public sealed record FieldDefinitionNode(Location Location, StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments, TypeNode Type, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode(Location);
