namespace EventAgents.Platform.GraphQL.Language;

/// <summary>extend input X</summary>
public sealed record InputObjectTypeExtensionNode(Location Location, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<InputValueDefinitionNode> Fields) : TypeExtensionNode(Location, Name, Directives);
