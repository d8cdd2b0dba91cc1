namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A named type definition.</summary>
public abstract record TypeDefinitionNode(Location Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeSystemDefinitionNode(Location);
