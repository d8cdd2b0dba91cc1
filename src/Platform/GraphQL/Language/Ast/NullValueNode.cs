namespace EventAgents.Platform.GraphQL.Language;

/// <summary>The null literal.</summary>
public sealed record NullValueNode(Location Location) : ValueNode(Location);
