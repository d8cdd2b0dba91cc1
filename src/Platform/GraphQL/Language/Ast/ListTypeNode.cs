namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A list type reference: [T].</summary>
public sealed record ListTypeNode(Location Location, TypeNode Type) : TypeNode(Location);
