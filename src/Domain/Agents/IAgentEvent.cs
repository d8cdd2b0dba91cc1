using EventAgents.Domain.Common;

namespace EventAgents.Domain.Agents;

/// <summary>An event in an agent's stream.</summary>
public interface IAgentEvent : IDomainEvent
{
    /// <summary>The agent the event belongs to.</summary>
    string AgentId { get; }
}

/// <summary>A command addressed to one agent.</summary>
public interface IAgentCommand
{
    /// <summary>The agent the command is addressed to.</summary>
    string AgentId { get; }
}
