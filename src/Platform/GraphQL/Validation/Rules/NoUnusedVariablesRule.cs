using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Validation.Rules;

/// <summary>Every variable an operation declares is used by it (fragments included).</summary>
public sealed class NoUnusedVariablesRule(ValidationContext context) : ValidationVisitor(context)
{
    /// <inheritdoc />
    public override string RuleName => "NoUnusedVariables";

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return node is DocumentNode;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            used.Add(usage.Node.Name.Value);
        }

        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                Report(
                    operation.Name is null
                        ? $"Variable \"${name}\" is never used."
                        : $"Variable \"${name}\" is never used in operation \"{operation.Name.Value}\".",
                    definition);
            }
        }

        return false;
    }
}
