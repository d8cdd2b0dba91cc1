using EventAgents.Application.Agents;
using EventAgents.Application.Common.Commanding;
using EventAgents.Domain.Agents;
using EventAgents.Domain.Chats;
using EventAgents.Domain.Common;
using EventAgents.Platform.EventStore;

namespace EventAgents.Application.Chats.Commanding;

/// <summary>
/// Carries out the chat use cases (<see cref="StartChatSession"/>, <see cref="PostUserMessage"/>,
/// <see cref="RecordAgentMessage"/>, <see cref="EndChatSession"/>) on the session's stream.
/// </summary>
public sealed class ChatCommands(EventStore store)
{
    private readonly CommandHandler<ChatSession, IChatEvent> _handler = new(store, ChatStreams.Aggregate);

    public async Task<CommandResult<ChatSession, IChatEvent>> HandleAsync(IChatCommand command, CommandContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var crossCheck = command is StartChatSession start ? await CheckAgentAsync(start.AgentId, ct).ConfigureAwait(false) : null;
        return await _handler.HandleAsync(command.SessionId, session => ChatDecider.Decide(command, session).Then(crossCheck), context, ct)
            .ConfigureAwait(false);
    }

    /// <summary>A session starts only with an agent that exists and is not retired.</summary>
    private async Task<DomainError?> CheckAgentAsync(string agentId, CancellationToken ct)
    {
        var agent = (await store.LoadAsync(AgentStreams.Id(agentId), Agent.Initial, AgentStreams.Evolve, ct: ct).ConfigureAwait(false)).State;
        if (!agent.Exists)
        {
            return new DomainError("agent.not-found", $"Agent '{agentId}' does not exist.");
        }

        return agent.IsRetired ? new DomainError("chat.agent-retired", $"Agent '{agentId}' is retired.") : null;
    }
}
