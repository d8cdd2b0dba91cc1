namespace EventAgents.Platform.GraphQL.Language;

/// <summary>An integer literal, kept as its source text.</summary>
public sealed record IntValueNode(Location Location, string Value) : ValueNode(Location);
