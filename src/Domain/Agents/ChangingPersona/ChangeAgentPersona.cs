using EventAgents.Domain.Common;

namespace EventAgents.Domain.Agents;

/// <summary>Rewrites the agent's persona (its system prompt).</summary>
public sealed record ChangeAgentPersona(string AgentId, string Persona, DateTimeOffset At) : IAgentCommand;

/// <summary>The agent's persona changed.</summary>
public sealed record AgentPersonaChanged(string AgentId, string Persona, DateTimeOffset At) : IAgentEvent;

/// <summary>Decides <see cref="ChangeAgentPersona"/>.</summary>
public static class ChangingPersona
{
    /// <summary>Changes the persona unless it is already the same.</summary>
    public static Decision<IAgentEvent> Decide(ChangeAgentPersona command, Agent state)
    {
        if (Text.IsBlank(command.Persona))
        {
            return Text.Required("agent", "persona");
        }

        return state.Persona == command.Persona
            ? Decision<IAgentEvent>.Nothing
            : Decision<IAgentEvent>.Accept(new AgentPersonaChanged(state.Id, command.Persona, command.At));
    }
}
