namespace EventAgents.Platform.GraphQL.Language;

/// <summary>An enum literal.</summary>
public sealed record EnumValueNode(Location Location, string Value) : ValueNode(Location);
