using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema;
using EventAgents.Platform.GraphQL.Validation;

namespace EventAgents.Platform.GraphQL.Execution;

/// <summary>Collects fields (spec: CollectFields) into plans: applies @skip/@include, follows fragments whose type applies,
/// groups by response key, and coerces constant arguments once.</summary>
internal static class FieldPlanner
{
    public static FieldPlan Plan(ExecutionContext context, ObjectType type, SelectionSetNode selectionSet)
    {
        var collector = new Collector(context, type);
        collector.Collect(selectionSet);
        return collector.Build();
    }

    public static FieldPlan PlanSubfields(ExecutionContext context, ObjectType type, FieldNode[] nodes)
    {
        var collector = new Collector(context, type);
        foreach (var node in nodes)
        {
            if (node.SelectionSet is not null)
            {
                collector.Collect(node.SelectionSet);
            }
        }

        return collector.Build();
    }

    private sealed class Collector(ExecutionContext context, ObjectType type)
    {
        private readonly Dictionary<string, List<FieldNode>> _fields = new(StringComparer.Ordinal);
        private readonly List<string> _order = [];
        private HashSet<string>? _visitedFragments;
        private bool _dependsOnVariables;

        public void Collect(SelectionSetNode selectionSet)
        {
            var selections = selectionSet.Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                var selection = selections[i];
                if (selection.Directives.Count > 0 && !ShouldInclude(selection.Directives))
                {
                    continue;
                }

                switch (selection)
                {
                    case FieldNode field:
                        var key = field.Alias?.Value ?? field.Name.Value;
                        if (!_fields.TryGetValue(key, out var list))
                        {
                            _fields[key] = list = new List<FieldNode>(1);
                            _order.Add(key);
                        }

                        list.Add(field);
                        break;
                    case InlineFragmentNode inline:
                        if (inline.TypeCondition is null || Applies(inline.TypeCondition))
                        {
                            Collect(inline.SelectionSet);
                        }

                        break;
                    case FragmentSpreadNode spread:
                        var name = spread.Name.Value;
                        if (!(_visitedFragments ??= new HashSet<string>(StringComparer.Ordinal)).Add(name))
                        {
                            continue;
                        }

                        if (context.Fragments.TryGetValue(name, out var fragment) && Applies(fragment.TypeCondition))
                        {
                            Collect(fragment.SelectionSet);
                        }

                        break;
                }
            }
        }

        public FieldPlan Build()
        {
            var planned = new List<PlannedField>(_order.Count);
            foreach (var key in _order)
            {
                var nodes = _fields[key].ToArray();
                var definition = TypeInfo.GetFieldDef(context.Schema, type, nodes[0].Name.Value);
                if (definition is null)
                {
                    continue;
                }

                IReadOnlyDictionary<string, object?>? constant = null;
                if (definition.Arguments.Count == 0 || ArgumentCoercion.IsConstant(nodes[0].Arguments))
                {
                    try
                    {
                        constant = ArgumentCoercion.Coerce(definition.Arguments, nodes[0].Arguments, null);
                    }
                    catch (GraphQLException)
                    {
                        constant = null;
                    }
                }

                planned.Add(new PlannedField(key, nodes, definition, constant, type.Name));
            }

            return new FieldPlan([.. planned], !_dependsOnVariables);
        }

        private bool Applies(NamedTypeNode condition)
        {
            var conditionType = context.Schema.GetType(condition.Name.Value);
            if (ReferenceEquals(conditionType, type))
            {
                return true;
            }

            return conditionType is { IsAbstract: true } && context.Schema.IsSubType(conditionType, type);
        }

        private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
        {
            DirectiveNode? skip = null;
            DirectiveNode? include = null;
            for (var i = 0; i < directives.Count; i++)
            {
                var name = directives[i].Name.Value;
                if (name == "skip")
                {
                    skip ??= directives[i];
                }
                else if (name == "include")
                {
                    include ??= directives[i];
                }
            }

            if (skip is not null && Condition(skip))
            {
                return false;
            }

            return include is null || Condition(include);
        }

        private bool Condition(DirectiveNode directive)
        {
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value != "if")
                {
                    continue;
                }

                switch (argument.Value)
                {
                    case BooleanValueNode literal:
                        return literal.Value;
                    case VariableNode variable:
                        _dependsOnVariables = true;
                        if (context.Variables.TryGetValue(variable.Name.Value, out var value) && value is bool b)
                        {
                            return b;
                        }

                        throw new GraphQLException($"Argument \"if\" of required type \"Boolean!\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.");
                }
            }

            throw new GraphQLException("Argument \"if\" of required type \"Boolean!\" was not provided.");
        }
    }
}
