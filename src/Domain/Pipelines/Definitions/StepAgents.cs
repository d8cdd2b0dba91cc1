namespace EventAgents.Domain.Pipelines;

/// <summary>Which agent acts for a step.</summary>
public static class StepAgents
{
    /// <summary>
    /// The agent that performs an agent step (a council's members are agent steps, see <see cref="CouncilMembers"/>);
    /// null for other steps, the council itself included.
    /// </summary>
    public static string? ActingAgent(this StepDefinition step) => (step as AgentStep)?.Agent;
}
