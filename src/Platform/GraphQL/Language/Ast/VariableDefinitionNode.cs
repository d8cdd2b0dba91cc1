namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A variable declared by an operation.</summary>
public sealed record VariableDefinitionNode(Location Location, VariableNode Variable, TypeNode Type, ValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode(Location);
