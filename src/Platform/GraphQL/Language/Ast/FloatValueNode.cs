namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A float literal, kept as its source text.</summary>
public sealed record FloatValueNode(Location Location, string Value) : ValueNode(Location);
