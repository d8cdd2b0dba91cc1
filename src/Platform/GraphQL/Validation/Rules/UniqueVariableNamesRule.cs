using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Validation.Rules;

/// <summary>An operation declares each variable once.</summary>
public sealed class UniqueVariableNamesRule(ValidationContext context) : ValidationVisitor(context)
{
    /// <inheritdoc />
    public override string RuleName => "UniqueVariableNames";

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return node is DocumentNode;
        }

        foreach (var group in operation.VariableDefinitions.GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal))
        {
            var nodes = group.Select(v => (SyntaxNode)v.Variable.Name).ToList();
            if (nodes.Count > 1)
            {
                Report($"There can be only one variable named \"${group.Key}\".", nodes);
            }
        }

        return false;
    }
}
