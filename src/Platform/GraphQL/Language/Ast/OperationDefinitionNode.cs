namespace EventAgents.Platform.GraphQL.Language;

/// <summary>An operation: query, mutation or subscription.</summary>
public sealed record OperationDefinitionNode(Location Location, OperationType Operation, NameNode? Name, IReadOnlyList<VariableDefinitionNode> VariableDefinitions, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : ExecutableDefinitionNode(Location, Directives, SelectionSet);
