using EventAgents.Domain.Common;

namespace EventAgents.Domain.Chats;

/// <summary>The chat session aggregate as pure functions.</summary>
public static class ChatDecider
{
    /// <summary>Decides what happens when <paramref name="command"/> meets <paramref name="state"/>.</summary>
    public static Decision<IChatEvent> Decide(IChatCommand command, ChatSession state) => command switch
    {
        StartChatSession start => StartingChatSession.Decide(start, state),
        _ when !state.Exists => new DomainError("chat.not-found", $"Chat session '{command.SessionId}' does not exist."),
        EndChatSession end => EndingChatSession.Decide(end, state),
        PostUserMessage post => PostingUserMessage.Decide(post, state),
        RecordAgentMessage record => RecordingAgentMessage.Decide(record, state),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown chat command."),
    };

    /// <summary>Applies one event to the state.</summary>
    public static ChatSession Evolve(ChatSession state, IChatEvent @event) => @event switch
    {
        ChatSessionStarted e => ChatSession.Initial with { Id = e.SessionId, AgentId = e.AgentId, UserId = e.UserId, ProjectId = e.ProjectId },
        UserMessagePosted e => state with { Messages = state.Messages.Add(new ChatMessage(e.MessageId, ChatAuthor.User, e.UserId, e.Text, e.At)) },
        AgentMessageRecorded e => state with { Messages = state.Messages.Add(new ChatMessage(e.MessageId, ChatAuthor.Agent, e.AgentId, e.Text, e.At)) },
        ChatSessionEnded => state with { IsEnded = true },
        _ => state,
    };

    /// <summary>
    /// Null when a message can be added; otherwise nothing (the same message was already added)
    /// or an error (the session ended, the text is blank, or the id is taken by another message).
    /// </summary>
    internal static Decision<IChatEvent>? CheckNewMessage(ChatSession state, string messageId, string text)
    {
        if (state.Message(messageId) is { } existing)
        {
            return existing.Text == text
                ? Decision<IChatEvent>.Nothing
                : new DomainError("chat.message-id-taken", $"Message '{messageId}' already exists with other text.");
        }

        if (state.IsEnded)
        {
            return new DomainError("chat.ended", $"Chat session '{state.Id}' has ended.");
        }

        if (Text.IsBlank(messageId) || Text.IsBlank(text))
        {
            return Text.Required("chat", Text.IsBlank(messageId) ? "message-id" : "text");
        }

        return null;
    }
}
