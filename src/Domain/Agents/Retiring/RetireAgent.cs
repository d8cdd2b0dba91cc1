using EventAgents.Domain.Common;

namespace EventAgents.Domain.Agents;

/// <summary>Retires an agent: its pulse stops and it accepts no further changes.</summary>
public sealed record RetireAgent(string AgentId, DateTimeOffset At) : IAgentCommand;

/// <summary>The agent was retired.</summary>
public sealed record AgentRetired(string AgentId, DateTimeOffset At) : IAgentEvent;

/// <summary>Decides <see cref="RetireAgent"/>.</summary>
public static class RetiringAgent
{
    /// <summary>Retires the agent once.</summary>
    public static Decision<IAgentEvent> Decide(RetireAgent command, Agent state) =>
        state.IsRetired
            ? Decision<IAgentEvent>.Nothing
            : Decision<IAgentEvent>.Accept(new AgentRetired(state.Id, command.At));
}
