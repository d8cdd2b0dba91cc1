using EventAgents.Domain.Common;

namespace EventAgents.Domain.Chats;

/// <summary>Records the agent's reply, with what the model call that wrote it used, when a model did.</summary>
public sealed record RecordAgentMessage(string SessionId, string MessageId, string AgentId, string Text, DateTimeOffset At, ChatReplyUsage? Usage = null) : IChatCommand;

/// <summary>The agent replied.</summary>
public sealed record AgentMessageRecorded(string SessionId, string MessageId, string AgentId, string Text, DateTimeOffset At, ChatReplyUsage? Usage = null) : IChatEvent;

/// <summary>The model and tokens behind an agent's reply; <paramref name="CostUsd"/> is null when the model has no price.</summary>
public sealed record ChatReplyUsage(string Model, long InputTokens, long CachedInputTokens, long OutputTokens, decimal? CostUsd);

/// <summary>Decides <see cref="RecordAgentMessage"/>.</summary>
public static class RecordingAgentMessage
{
    /// <summary>Records the reply once; only the session's agent may reply.</summary>
    public static Decision<IChatEvent> Decide(RecordAgentMessage command, ChatSession state)
    {
        if (command.AgentId != state.AgentId)
        {
            return new DomainError("chat.not-a-participant", $"Agent '{command.AgentId}' is not part of chat session '{state.Id}'.");
        }

        return ChatDecider.CheckNewMessage(state, command.MessageId, command.Text)
            ?? Decision<IChatEvent>.Accept(new AgentMessageRecorded(state.Id, command.MessageId, command.AgentId, command.Text, command.At, command.Usage));
    }
}
