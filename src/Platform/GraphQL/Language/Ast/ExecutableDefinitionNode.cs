namespace EventAgents.Platform.GraphQL.Language;

/// <summary>An operation or a fragment definition.</summary>
public abstract record ExecutableDefinitionNode(Location Location, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : DefinitionNode(Location);
