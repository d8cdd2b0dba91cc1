using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Validation.Rules;

/// <summary>Fragment names are unique within a document.</summary>
public sealed class UniqueFragmentNamesRule(ValidationContext context) : ValidationVisitor(context)
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override string RuleName => "UniqueFragmentNames";

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case FragmentDefinitionNode fragment:
                var name = fragment.Name;
                if (_known.TryGetValue(name.Value, out var known))
                {
                    Report($"There can be only one fragment named \"{name.Value}\".", known, name);
                }
                else
                {
                    _known[name.Value] = name;
                }

                return false;
            case OperationDefinitionNode:
                return false;
            default:
                return true;
        }
    }
}
