namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A named fragment definition.</summary>
public sealed record FragmentDefinitionNode(Location Location, NameNode Name, NamedTypeNode TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : ExecutableDefinitionNode(Location, Directives, SelectionSet);
