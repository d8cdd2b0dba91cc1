using EventAgents.Domain.Common;

namespace EventAgents.Domain.Agents;

/// <summary>Replaces the set of tools the agent may call.</summary>
public sealed record SetAgentTools(string AgentId, IReadOnlyList<string> Tools, DateTimeOffset At) : IAgentCommand;

/// <summary>The agent's tools were replaced.</summary>
public sealed record AgentToolsSet(string AgentId, IReadOnlyList<string> Tools, DateTimeOffset At) : IAgentEvent;

/// <summary>Decides <see cref="SetAgentTools"/>.</summary>
public static class SettingTools
{
    /// <summary>Sets the tools unless the agent already has exactly these.</summary>
    public static Decision<IAgentEvent> Decide(SetAgentTools command, Agent state)
    {
        var tools = AgentTools.Normalize(command.Tools);
        return state.Tools.SequenceEqual(tools)
            ? Decision<IAgentEvent>.Nothing
            : Decision<IAgentEvent>.Accept(new AgentToolsSet(state.Id, tools, command.At));
    }
}
