namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A schema or type extension.</summary>
public abstract record TypeSystemExtensionNode(Location Location) : DefinitionNode(Location);
