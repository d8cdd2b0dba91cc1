using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Validation.Rules;

/// <summary>An anonymous operation must be the only operation of its document.</summary>
public sealed class LoneAnonymousOperationRule(ValidationContext context) : ValidationVisitor(context)
{
    private int _operationCount;

    /// <inheritdoc />
    public override string RuleName => "LoneAnonymousOperation";

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode document:
                foreach (var definition in document.Definitions)
                {
                    if (definition is OperationDefinitionNode)
                    {
                        _operationCount++;
                    }
                }

                return true;
            case OperationDefinitionNode operation:
                if (operation.Name is null && _operationCount > 1)
                {
                    Report("This anonymous operation must be the only defined operation.", operation);
                }

                return false;
            default:
                return node is not FragmentDefinitionNode;
        }
    }
}
