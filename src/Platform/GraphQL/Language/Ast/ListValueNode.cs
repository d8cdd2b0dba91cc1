namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A list literal.</summary>
public sealed record ListValueNode(Location Location, IReadOnlyList<ValueNode> Values) : ValueNode(Location);
