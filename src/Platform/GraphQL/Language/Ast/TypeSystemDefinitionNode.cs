namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A schema, type or directive definition.</summary>
public abstract record TypeSystemDefinitionNode(Location Location) : DefinitionNode(Location);
