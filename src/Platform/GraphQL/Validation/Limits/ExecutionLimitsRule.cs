using System.Globalization;
using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema;

namespace EventAgents.Platform.GraphQL.Validation.Limits;

/// <summary>Rejects operations deeper, wider, more aliased or costlier than the limits allow. Fragments are measured once
/// (so fragment "bombs" cannot blow up the analysis); introspection fields cost nothing.</summary>
public sealed class ExecutionLimitsRule(ValidationContext context, ExecutionLimits limits) : ValidationVisitor(context)
{
    private static readonly string[] ListSizeArguments = ["first", "last", "limit", "take", "pageSize"];
    private readonly Dictionary<string, OperationMeasure> _fragments = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override string RuleName => "ExecutionLimits";

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return node is DocumentNode;
        }

        var root = Context.Schema.GetRootType(operation.Operation);
        var measure = Measure(root, operation.SelectionSet, 0);
        Check("MaxDepth", limits.MaxDepth, measure.Depth, "The operation exceeds the maximum depth of {0} (its depth is {1}).", operation);
        Check("MaxAliases", limits.MaxAliases, measure.Aliases, "The operation exceeds the maximum of {0} aliases (it uses {1}).", operation);
        Check("MaxFields", limits.MaxFields, measure.Fields, "The operation exceeds the maximum of {0} field selections (it makes {1}).", operation);
        Check("MaxCost", limits.MaxCost, measure.Cost, "The operation exceeds the maximum cost of {0} (its cost is {1}).", operation);
        return false;
    }

    private void Check(string rule, int? limit, long actual, string format, SyntaxNode node)
    {
        if (limit is { } max && actual > max)
        {
            var message = string.Format(CultureInfo.InvariantCulture, format, max, actual);
            Context.Report(GraphQLError.At(message, node) with { Rule = rule });
        }
    }

    private OperationMeasure Measure(NamedType? parentType, SelectionSetNode selectionSet, int recursion)
    {
        var total = OperationMeasure.Zero;
        if (recursion > 1_000)
        {
            return total;
        }

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    total = total.Plus(MeasureField(parentType, field, recursion));
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is null ? parentType : Context.Schema.GetType(inline.TypeCondition.Name.Value);
                    total = total.Plus(Measure(inlineType, inline.SelectionSet, recursion + 1));
                    break;
                case FragmentSpreadNode spread:
                    total = total.Plus(MeasureFragment(spread.Name.Value, recursion));
                    break;
            }
        }

        return total;
    }

    private OperationMeasure MeasureField(NamedType? parentType, FieldNode field, int recursion)
    {
        var definition = TypeInfo.GetFieldDef(Context.Schema, parentType, field.Name.Value);
        var isIntrospection = field.Name.Value.StartsWith("__", StringComparison.Ordinal);
        var children = field.SelectionSet is null ? OperationMeasure.Zero : Measure(definition?.Type.Named, field.SelectionSet, recursion + 1);
        var multiplier = definition?.Type.Nullable is ListType ? ListSize(field) : 1;
        var cost = isIntrospection ? 0 : OperationMeasure.Saturate(1 + (multiplier * children.Cost));
        return new OperationMeasure(
            children.Depth + 1,
            OperationMeasure.Saturate(children.Fields + 1),
            OperationMeasure.Saturate(children.Aliases + (field.Alias is null ? 0 : 1)),
            cost);
    }

    private OperationMeasure MeasureFragment(string name, int recursion)
    {
        if (_fragments.TryGetValue(name, out var known))
        {
            return known;
        }

        if (Context.GetFragment(name) is not { } fragment || !_inProgress.Add(name))
        {
            return OperationMeasure.Zero;
        }

        var measure = Measure(Context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet, recursion + 1);
        _inProgress.Remove(name);
        _fragments[name] = measure;
        return measure;
    }

    private long ListSize(FieldNode field)
    {
        foreach (var argument in field.Arguments)
        {
            if (Array.IndexOf(ListSizeArguments, argument.Name.Value) >= 0
                && argument.Value is IntValueNode size
                && long.TryParse(size.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                return Math.Max(value, 0);
            }
        }

        return limits.DefaultListSize;
    }
}
