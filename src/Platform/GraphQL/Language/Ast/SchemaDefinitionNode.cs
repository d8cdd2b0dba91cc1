namespace EventAgents.Platform.GraphQL.Language;

/// <summary>schema { query: Q }</summary>
public sealed record SchemaDefinitionNode(Location Location, StringValueNode? Description, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode(Location);
