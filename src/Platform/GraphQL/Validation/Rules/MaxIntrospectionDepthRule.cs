using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Validation.Rules;

/// <summary>Introspection may not nest the list fields of __Type (fields, interfaces, possibleTypes, inputFields) three deep,
/// which protects the server from exponential introspection queries (graphql-js MaxIntrospectionDepthRule).</summary>
public sealed class MaxIntrospectionDepthRule(ValidationContext context) : ValidationVisitor(context)
{
    private const int MaxListsDepth = 3;
    private readonly Dictionary<string, int> _checkedFragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exceededFragments = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override string RuleName => "MaxIntrospectionDepth";

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is FieldNode field && field.Name.Value is "__schema" or "__type")
        {
            if (Exceeds(field, new Dictionary<string, int>(StringComparer.Ordinal), 0))
            {
                Report("Maximum introspection depth exceeded", field);
                return false;
            }
        }

        return true;
    }

    private bool Exceeds(SyntaxNode node, Dictionary<string, int> visited, int depth)
    {
        if (node is FragmentSpreadNode spread)
        {
            var name = spread.Name.Value;
            if (_exceededFragments.TryGetValue(name, out var exceededAt) && exceededAt <= depth)
            {
                return true;
            }

            if ((visited.TryGetValue(name, out var visitedAt) && visitedAt >= depth)
                || (_checkedFragments.TryGetValue(name, out var checkedAt) && checkedAt >= depth))
            {
                return false;
            }

            if (Context.GetFragment(name) is not { } fragment)
            {
                return false;
            }

            visited[name] = depth;
            if (Exceeds(fragment, visited, depth))
            {
                _exceededFragments[name] = depth;
                return true;
            }

            _checkedFragments[name] = depth;
            return false;
        }

        if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" } && ++depth >= MaxListsDepth)
        {
            return true;
        }

        var selectionSet = node switch
        {
            FieldNode f => f.SelectionSet,
            InlineFragmentNode i => i.SelectionSet,
            FragmentDefinitionNode d => d.SelectionSet,
            _ => null,
        };
        if (selectionSet is not null)
        {
            foreach (var child in selectionSet.Selections)
            {
                if (Exceeds(child, visited, depth))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
