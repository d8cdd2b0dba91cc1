namespace EventAgents.Platform.GraphQL.Language;

/// <summary>directive @x(...) repeatable on A | B</summary>
public sealed record DirectiveDefinitionNode(Location Location, StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments, bool Repeatable, IReadOnlyList<NameNode> Locations) : TypeSystemDefinitionNode(Location);
