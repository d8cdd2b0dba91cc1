using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Validation.Rules;

/// <summary>Variables are declared with input types.</summary>
public sealed class VariablesAreInputTypesRule(ValidationContext context) : ValidationVisitor(context)
{
    /// <inheritdoc />
    public override string RuleName => "VariablesAreInputTypes";

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is VariableDefinitionNode definition
            && TypeInfo.TypeFromAst(Context.Schema, definition.Type) is { IsInputType: false })
        {
            Report($"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".", definition.Type);
        }

        return true;
    }
}
