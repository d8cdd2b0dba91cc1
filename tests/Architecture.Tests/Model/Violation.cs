namespace EventAgents.Architecture.Tests.Model;

/// <summary>A dependency a rule forbids: the rule, the offending project, what it must not depend on, and the evidence.</summary>
public sealed record Violation(string Rule, string Project, string Forbidden, string Evidence)
{
    public override string ToString() => $"[{Rule}] {Project} must not depend on {Forbidden}: {Evidence}";
}
