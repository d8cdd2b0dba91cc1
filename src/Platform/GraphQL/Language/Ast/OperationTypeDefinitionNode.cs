namespace EventAgents.Platform.GraphQL.Language;

/// <summary>One root operation type of a schema definition.</summary>
public sealed record OperationTypeDefinitionNode(Location Location, OperationType Operation, NamedTypeNode Type) : SyntaxNode(Location);
