using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Validation.Rules;

/// <summary>Every variable used by an operation (fragments included) is declared by it.</summary>
public sealed class NoUndefinedVariablesRule(ValidationContext context) : ValidationVisitor(context)
{
    /// <inheritdoc />
    public override string RuleName => "NoUndefinedVariables";

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return node is DocumentNode;
        }

        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            defined.Add(definition.Variable.Name.Value);
        }

        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (!defined.Contains(name))
            {
                Report(
                    operation.Name is null
                        ? $"Variable \"${name}\" is not defined."
                        : $"Variable \"${name}\" is not defined by operation \"{operation.Name.Value}\".",
                    usage.Node,
                    operation);
            }
        }

        return false;
    }
}
