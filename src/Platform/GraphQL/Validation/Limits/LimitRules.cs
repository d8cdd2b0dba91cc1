namespace EventAgents.Platform.GraphQL.Validation.Limits;

/// <summary>The validation rules that enforce <see cref="ExecutionLimits"/>.</summary>
public static class LimitRules
{
    /// <summary>The rules for a set of limits (none when nothing is limited).</summary>
    public static IReadOnlyList<ValidationRule> For(ExecutionLimits limits) =>
        limits.MaxDepth is null && limits.MaxAliases is null && limits.MaxFields is null && limits.MaxCost is null
            ? []
            : [new ValidationRule("ExecutionLimits", c => new ExecutionLimitsRule(c, limits))];
}
