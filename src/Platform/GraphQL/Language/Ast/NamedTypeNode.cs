namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A reference to a named type.</summary>
public sealed record NamedTypeNode(Location Location, NameNode Name) : TypeNode(Location);
