using EventAgents.Application.Common.Commanding;
using EventAgents.Domain.Agents;

namespace EventAgents.Application.Agents;

/// <summary>Where an agent's events live (<c>agent-&lt;id&gt;</c>), and how they fold into its state.</summary>
public static class AgentStreams
{
    public const string Prefix = "agent-";

    /// <summary>The agent aggregate's storage, for <see cref="CommandHandler{TState, TEvent}"/>.</summary>
    public static AggregateStream<Agent> Aggregate { get; } = new(Id, Agent.Initial, Evolve);

    public static string Id(string agentId) => Prefix + agentId;

    /// <summary>Folds one stored event into the state; events of other kinds leave it as it is.</summary>
    public static Agent Evolve(Agent state, object e) => e is IAgentEvent agentEvent ? AgentDecider.Evolve(state, agentEvent) : state;
}
