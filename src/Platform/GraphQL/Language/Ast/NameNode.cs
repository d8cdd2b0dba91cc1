namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A name: of a field, type, argument, variable, directive or fragment.</summary>
public sealed record NameNode(Location Location, string Value) : SyntaxNode(Location);
