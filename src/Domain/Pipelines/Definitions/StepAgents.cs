namespace EventAgents.Domain.Pipelines;

/// <summary>Which agent acts for a step.</summary>
public static class StepAgents
{
    /// <summary>The agent that performs an agent step, or a council's first member (who speaks for it); null for other steps.</summary>
    public static string? ActingAgent(this StepDefinition step) => step switch
    {
        AgentStep agent => agent.Agent,
        CouncilStep council => council.Agents.FirstOrDefault(),
        _ => null,
    };
}
