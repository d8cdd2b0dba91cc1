namespace EventAgents.Platform.GraphQL.Execution;

/// <summary>The fields to execute on an object type for a merged set of selection sets, in response order.
/// Plans that do not depend on variables are cached with the document and reused across requests.</summary>
internal sealed class FieldPlan(PlannedField[] fields, bool cacheable)
{
    public PlannedField[] Fields { get; } = fields;

    public bool Cacheable { get; } = cacheable;
}
