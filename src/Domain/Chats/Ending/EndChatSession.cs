using EventAgents.Domain.Common;

namespace EventAgents.Domain.Chats;

/// <summary>Closes a chat session.</summary>
public sealed record EndChatSession(string SessionId, string EndedBy, DateTimeOffset At) : IChatCommand;

/// <summary>A chat session ended.</summary>
public sealed record ChatSessionEnded(string SessionId, string EndedBy, DateTimeOffset At) : IChatEvent;

/// <summary>Decides <see cref="EndChatSession"/>.</summary>
public static class EndingChatSession
{
    /// <summary>Ends the session once.</summary>
    public static Decision<IChatEvent> Decide(EndChatSession command, ChatSession state) =>
        state.IsEnded
            ? Decision<IChatEvent>.Nothing
            : Decision<IChatEvent>.Accept(new ChatSessionEnded(state.Id, command.EndedBy, command.At));
}
