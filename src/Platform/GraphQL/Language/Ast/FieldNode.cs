namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A selected field.</summary>
public sealed record FieldNode(Location Location, NameNode? Alias, NameNode Name, IReadOnlyList<ArgumentNode> Arguments, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode? SelectionSet) : SelectionNode(Location, Directives);
