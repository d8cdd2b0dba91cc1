using EventAgents.Domain.Common;

namespace EventAgents.Domain.Agents;

/// <summary>Sets how often the agent wakes up to look for work; null turns the pulse off.</summary>
public sealed record ScheduleAgentPulse(string AgentId, TimeSpan? Every, DateTimeOffset At) : IAgentCommand;

/// <summary>The agent's pulse schedule changed (null: the pulse is off).</summary>
public sealed record AgentPulseScheduled(string AgentId, TimeSpan? Every, DateTimeOffset At) : IAgentEvent;

/// <summary>Decides <see cref="ScheduleAgentPulse"/>.</summary>
public static class SchedulingPulse
{
    /// <summary>The shortest pulse interval allowed.</summary>
    public static readonly TimeSpan Shortest = TimeSpan.FromMinutes(1);

    /// <summary>The longest pulse interval allowed.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromDays(7);

    /// <summary>Schedules the pulse if the interval is within bounds and differs from the current one.</summary>
    public static Decision<IAgentEvent> Decide(ScheduleAgentPulse command, Agent state)
    {
        if (command.Every is { } every && (every < Shortest || every > Longest))
        {
            return new DomainError("agent.invalid-pulse", $"A pulse must be between {Shortest} and {Longest}, not {every}.");
        }

        return state.PulseEvery == command.Every
            ? Decision<IAgentEvent>.Nothing
            : Decision<IAgentEvent>.Accept(new AgentPulseScheduled(state.Id, command.Every, command.At));
    }
}
