using EventAgents.Domain.Common;

namespace EventAgents.Domain.Agents;

/// <summary>Switches the model that drives the agent.</summary>
public sealed record ChangeAgentModel(string AgentId, string Model, DateTimeOffset At) : IAgentCommand;

/// <summary>The agent's model changed.</summary>
public sealed record AgentModelChanged(string AgentId, string Model, DateTimeOffset At) : IAgentEvent;

/// <summary>Decides <see cref="ChangeAgentModel"/>.</summary>
public static class ChangingModel
{
    /// <summary>Changes the model unless it is already the same.</summary>
    public static Decision<IAgentEvent> Decide(ChangeAgentModel command, Agent state)
    {
        if (Text.IsBlank(command.Model))
        {
            return Text.Required("agent", "model");
        }

        return state.Model == command.Model
            ? Decision<IAgentEvent>.Nothing
            : Decision<IAgentEvent>.Accept(new AgentModelChanged(state.Id, command.Model, command.At));
    }
}
