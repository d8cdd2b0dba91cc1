using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema;

namespace EventAgents.Platform.GraphQL.Validation.Rules;

/// <summary>A fragment is spread only where its type can apply.</summary>
public sealed class PossibleFragmentSpreadsRule(ValidationContext context) : ValidationVisitor(context)
{
    /// <inheritdoc />
    public override string RuleName => "PossibleFragmentSpreads";

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case InlineFragmentNode inline:
                if (Context.TypeInfo.Type is NamedType { IsComposite: true } fragmentType
                    && Context.TypeInfo.ParentType is { IsComposite: true } parentType
                    && !TypeComparators.Overlap(Context.Schema, fragmentType, parentType))
                {
                    Report($"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".", inline);
                }

                break;
            case FragmentSpreadNode spread:
                var name = spread.Name.Value;
                if (Context.GetFragment(name) is { } fragment
                    && TypeInfo.TypeFromAst(Context.Schema, fragment.TypeCondition) is NamedType { IsComposite: true } spreadType
                    && Context.TypeInfo.ParentType is { } parent
                    && !TypeComparators.Overlap(Context.Schema, spreadType, parent))
                {
                    Report($"Fragment \"{name}\" cannot be spread here as objects of type \"{parent}\" can never be of type \"{spreadType}\".", spread);
                }

                break;
        }

        return true;
    }
}
