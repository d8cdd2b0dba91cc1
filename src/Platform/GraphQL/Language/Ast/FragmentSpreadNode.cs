namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A spread of a named fragment.</summary>
public sealed record FragmentSpreadNode(Location Location, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SelectionNode(Location, Directives);
