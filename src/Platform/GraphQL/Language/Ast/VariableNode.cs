namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A variable reference: $name.</summary>
public sealed record VariableNode(Location Location, NameNode Name) : ValueNode(Location);
