namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A non-null type reference: T!.</summary>
public sealed record NonNullTypeNode(Location Location, TypeNode Type) : TypeNode(Location);
