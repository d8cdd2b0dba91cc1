namespace EventAgents.Platform.GraphQL.Language;

/// <summary>extend schema ...</summary>
public sealed record SchemaExtensionNode(Location Location, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemExtensionNode(Location);
