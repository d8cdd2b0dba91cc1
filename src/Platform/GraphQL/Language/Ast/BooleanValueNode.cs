namespace EventAgents.Platform.GraphQL.Language;

/// <summary>true or false.</summary>
public sealed record BooleanValueNode(Location Location, bool Value) : ValueNode(Location);
