namespace EventAgents.Platform.GraphQL.Language;

/// <summary>A parsed GraphQL document.</summary>
public sealed record DocumentNode(Location Location, IReadOnlyList<DefinitionNode> Definitions) : SyntaxNode(Location);
