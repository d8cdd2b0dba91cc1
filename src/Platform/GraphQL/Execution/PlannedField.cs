using System.Collections.Concurrent;
using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema;

namespace EventAgents.Platform.GraphQL.Execution;

/// <summary>One response key of a plan: its field nodes, its definition, and arguments coerced ahead when they are constant.</summary>
internal sealed class PlannedField(string responseKey, FieldNode[] nodes, FieldDefinition definition, IReadOnlyDictionary<string, object?>? constantArguments, string parentTypeName)
{
    private ConcurrentDictionary<ObjectType, FieldPlan>? _subPlans;

    public string ResponseKey { get; } = responseKey;

    public string ParentTypeName { get; } = parentTypeName;

    public FieldNode[] Nodes { get; } = nodes;

    public FieldDefinition Definition { get; } = definition;

    public IReadOnlyDictionary<string, object?>? ConstantArguments { get; } = constantArguments;

    public FieldPlan? GetSubPlan(ObjectType type) =>
        _subPlans is not null && _subPlans.TryGetValue(type, out var plan) ? plan : null;

    public void SetSubPlan(ObjectType type, FieldPlan plan)
    {
        if (plan.Cacheable)
        {
            (_subPlans ??= new ConcurrentDictionary<ObjectType, FieldPlan>())[type] = plan;
        }
    }
}
