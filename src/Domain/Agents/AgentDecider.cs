using EventAgents.Domain.Common;

namespace EventAgents.Domain.Agents;

/// <summary>The agent aggregate as pure functions.</summary>
public static class AgentDecider
{
    /// <summary>Decides what happens when <paramref name="command"/> meets <paramref name="state"/>.</summary>
    public static Decision<IAgentEvent> Decide(IAgentCommand command, Agent state) => command switch
    {
        CreateAgent create => CreatingAgent.Decide(create, state),
        _ when !state.Exists => new DomainError("agent.not-found", $"Agent '{command.AgentId}' does not exist."),
        _ when state.IsRetired && command is not RetireAgent => new DomainError("agent.retired", $"Agent '{state.Id}' is retired."),
        ChangeAgentPersona change => ChangingPersona.Decide(change, state),
        ChangeAgentModel change => ChangingModel.Decide(change, state),
        SetAgentTools set => SettingTools.Decide(set, state),
        ScheduleAgentPulse schedule => SchedulingPulse.Decide(schedule, state),
        AssignAgentColumns assign => AssigningColumns.Decide(assign, state),
        RetireAgent retire => RetiringAgent.Decide(retire, state),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown agent command."),
    };

    /// <summary>Applies one event to the state.</summary>
    public static Agent Evolve(Agent state, IAgentEvent @event) => @event switch
    {
        AgentCreated e => Agent.Initial with { Id = e.AgentId, Name = e.Name, Persona = e.Persona, Model = e.Model, Tools = e.Tools },
        AgentPersonaChanged e => state with { Persona = e.Persona },
        AgentModelChanged e => state with { Model = e.Model },
        AgentToolsSet e => state with { Tools = e.Tools },
        AgentPulseScheduled e => state with { PulseEvery = e.Every },
        AgentColumnsAssigned e => state with { BoardId = e.BoardId, Columns = e.Columns },
        AgentRetired => state with { IsRetired = true, PulseEvery = null },
        _ => state,
    };
}
