namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A string literal (quoted or block).</summary>
public sealed record StringValueNode(Location Location, string Value, bool Block) : ValueNode(Location);
