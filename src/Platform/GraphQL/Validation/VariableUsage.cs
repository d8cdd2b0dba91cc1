using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema;

namespace EventAgents.Platform.GraphQL.Validation;

/// <summary>A use of a variable: the node, the input type expected there, and the argument or field whose default applies.</summary>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, InputValue? DefaultValueSource);
