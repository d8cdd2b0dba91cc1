namespace EventAgents.Platform.GraphQL.Language;

/// <summary>An inline fragment.</summary>
public sealed record InlineFragmentNode(Location Location, NamedTypeNode? TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : SelectionNode(Location, Directives);
