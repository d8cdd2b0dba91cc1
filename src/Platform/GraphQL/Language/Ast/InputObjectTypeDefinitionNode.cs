namespace EventAgents.Platform.GraphQL.Language;

/// <summary>input X { ... }</summary>
public sealed record InputObjectTypeDefinitionNode(Location Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<InputValueDefinitionNode> Fields) : TypeDefinitionNode(Location, Description, Name, Directives);
