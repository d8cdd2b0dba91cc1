namespace EventAgents.Platform.GraphQL.Language;

/// <summary>An extension of a named type.</summary>
public abstract record TypeExtensionNode(Location Location, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeSystemExtensionNode(Location);
