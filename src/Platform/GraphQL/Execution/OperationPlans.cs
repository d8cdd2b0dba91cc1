using System.Collections.Concurrent;
using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Execution;

/// <summary>The cached root plans of a document's operations.</summary>
internal sealed class OperationPlans
{
    private readonly ConcurrentDictionary<OperationDefinitionNode, FieldPlan> _roots = new(ReferenceEqualityComparer.Instance);

    public FieldPlan? Get(OperationDefinitionNode operation) => _roots.TryGetValue(operation, out var plan) ? plan : null;

    public void Set(OperationDefinitionNode operation, FieldPlan plan)
    {
        if (plan.Cacheable)
        {
            _roots[operation] = plan;
        }
    }
}
