namespace EventAgents.Domain.Pipelines;

/// <summary>
/// A council's members as the agent steps the engine runs: one per agent, with the reserved id <c>council--agent</c>,
/// the council's prompt, retry, timeout and budget, the agent's script, and no routing of their own (the council's
/// tally decides what comes next).
/// </summary>
public static class CouncilMembers
{
    /// <summary>Separates the council's id from the agent in a member's step id; pipelines cannot use it in their own step ids.</summary>
    public const string Separator = "--";

    /// <summary>The step id of <paramref name="agent"/>'s seat on council <paramref name="councilId"/>, e.g. <c>review--ada</c>.</summary>
    public static string MemberId(string councilId, string agent) => $"{councilId}{Separator}{agent}";

    /// <summary>Every member's step, in the order of <see cref="CouncilStep.Agents"/>.</summary>
    public static IReadOnlyList<AgentStep> Members(this CouncilStep council) => [.. council.Agents.Select(council.Member)];

    /// <summary>The step <paramref name="agent"/> runs as a member of <paramref name="council"/>.</summary>
    public static AgentStep Member(this CouncilStep council, string agent) => new(
        MemberId(council.Id, agent),
        StepFlow.Default with { Retry = council.Flow.Retry, Timeout = council.Flow.Timeout, Budget = council.Flow.Budget, Network = council.Flow.Network },
        agent,
        council.Prompt,
        OutputSchema: null,
        council.Scripts?.GetValueOrDefault(agent));
}
