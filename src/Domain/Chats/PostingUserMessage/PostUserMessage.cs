using EventAgents.Domain.Common;

namespace EventAgents.Domain.Chats;

/// <summary>The person writes to the agent; the client chooses the message id so resending is safe.</summary>
public sealed record PostUserMessage(string SessionId, string MessageId, string UserId, string Text, DateTimeOffset At) : IChatCommand;

/// <summary>The person wrote a message.</summary>
public sealed record UserMessagePosted(string SessionId, string MessageId, string UserId, string Text, DateTimeOffset At) : IChatEvent;

/// <summary>Decides <see cref="PostUserMessage"/>.</summary>
public static class PostingUserMessage
{
    /// <summary>Posts the message once; only the session's user may post.</summary>
    public static Decision<IChatEvent> Decide(PostUserMessage command, ChatSession state)
    {
        if (command.UserId != state.UserId)
        {
            return new DomainError("chat.not-a-participant", $"'{command.UserId}' is not part of chat session '{state.Id}'.");
        }

        return ChatDecider.CheckNewMessage(state, command.MessageId, command.Text)
            ?? Decision<IChatEvent>.Accept(new UserMessagePosted(state.Id, command.MessageId, command.UserId, command.Text, command.At));
    }
}
