using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema;

namespace EventAgents.Platform.GraphQL.Validation.Rules;

/// <summary>A subscription selects exactly one root field, and not an introspection field.</summary>
public sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ValidationVisitor(context)
{
    /// <inheritdoc />
    public override string RuleName => "SingleFieldSubscriptions";

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return node is DocumentNode;
        }

        if (operation.Operation != OperationType.Subscription || Context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return false;
        }

        var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        Collect(subscriptionType, operation.SelectionSet, fields, order, new HashSet<string>(StringComparer.Ordinal));
        var name = operation.Name?.Value;
        if (order.Count > 1)
        {
            var extra = new List<SyntaxNode>();
            for (var i = 1; i < order.Count; i++)
            {
                extra.AddRange(fields[order[i]]);
            }

            Report(name is null ? "Anonymous Subscription must select only one top level field." : $"Subscription \"{name}\" must select only one top level field.", extra);
        }

        foreach (var key in order)
        {
            var fieldNodes = fields[key];
            if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                Report(
                    name is null ? "Anonymous Subscription must not select an introspection top level field." : $"Subscription \"{name}\" must not select an introspection top level field.",
                    fieldNodes);
            }
        }

        return false;
    }

    private void Collect(ObjectType type, SelectionSetNode set, Dictionary<string, List<FieldNode>> fields, List<string> order, HashSet<string> visited)
    {
        foreach (var selection in set.Selections)
        {
            if (IsExcluded(selection.Directives))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.Alias?.Value ?? field.Name.Value;
                    if (!fields.TryGetValue(key, out var list))
                    {
                        fields[key] = list = [];
                        order.Add(key);
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || Applies(inline.TypeCondition, type))
                    {
                        Collect(type, inline.SelectionSet, fields, order, visited);
                    }

                    break;
                case FragmentSpreadNode spread:
                    if (visited.Add(spread.Name.Value) && Context.GetFragment(spread.Name.Value) is { } fragment && Applies(fragment.TypeCondition, type))
                    {
                        Collect(type, fragment.SelectionSet, fields, order, visited);
                    }

                    break;
            }
        }
    }

    private bool Applies(NamedTypeNode condition, ObjectType type)
    {
        var conditionType = Context.Schema.GetType(condition.Name.Value);
        return ReferenceEquals(conditionType, type) || (conditionType is { IsAbstract: true } && Context.Schema.IsSubType(conditionType, type));
    }

    private static bool IsExcluded(IReadOnlyList<DirectiveNode> directives) =>
        LiteralCondition(directives, "skip") == true || LiteralCondition(directives, "include") == false;

    private static bool? LiteralCondition(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value != name)
            {
                continue;
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "if" && argument.Value is BooleanValueNode b)
                {
                    return b.Value;
                }
            }

            return null;
        }

        return null;
    }
}
