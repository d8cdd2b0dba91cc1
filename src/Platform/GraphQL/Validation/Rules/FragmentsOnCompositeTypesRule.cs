using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Validation.Rules;

/// <summary>Fragments condition only on object, interface or union types.</summary>
public sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : ValidationVisitor(context)
{
    /// <inheritdoc />
    public override string RuleName => "FragmentsOnCompositeTypes";

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } condition }:
                if (TypeInfo.TypeFromAst(Context.Schema, condition) is { } inlineType && !inlineType.Named.IsComposite)
                {
                    Report($"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition);
                }

                break;
            case FragmentDefinitionNode fragment:
                if (TypeInfo.TypeFromAst(Context.Schema, fragment.TypeCondition) is { } type && !type.Named.IsComposite)
                {
                    Report($"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{Printer.Print(fragment.TypeCondition)}\".", fragment.TypeCondition);
                }

                break;
        }

        return true;
    }
}
