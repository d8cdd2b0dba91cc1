using EventAgents.Domain.Common;

namespace EventAgents.Domain.Agents;

/// <summary>Hires an agent with a persona, a model and its tools.</summary>
public sealed record CreateAgent(string AgentId, string Name, string Persona, string Model, IReadOnlyList<string> Tools, DateTimeOffset At) : IAgentCommand;

/// <summary>An agent was created.</summary>
public sealed record AgentCreated(string AgentId, string Name, string Persona, string Model, IReadOnlyList<string> Tools, DateTimeOffset At) : IAgentEvent;

/// <summary>Decides <see cref="CreateAgent"/>.</summary>
public static class CreatingAgent
{
    /// <summary>Creates the agent once; repeating the same creation changes nothing.</summary>
    public static Decision<IAgentEvent> Decide(CreateAgent command, Agent state)
    {
        var tools = AgentTools.Normalize(command.Tools);
        if (state.Exists)
        {
            return state.Name == command.Name && state.Persona == command.Persona && state.Model == command.Model && state.Tools.SequenceEqual(tools)
                ? Decision<IAgentEvent>.Nothing
                : new DomainError("agent.already-exists", $"Agent '{command.AgentId}' already exists with other settings.");
        }

        if (Text.IsBlank(command.AgentId))
        {
            return Text.Required("agent", "id");
        }

        if (Text.IsBlank(command.Name))
        {
            return Text.Required("agent", "name");
        }

        if (Text.IsBlank(command.Persona))
        {
            return Text.Required("agent", "persona");
        }

        return Text.IsBlank(command.Model)
            ? Text.Required("agent", "model")
            : Decision<IAgentEvent>.Accept(new AgentCreated(command.AgentId, command.Name, command.Persona, command.Model, tools, command.At));
    }
}
