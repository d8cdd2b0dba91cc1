using EventAgents.Domain.Common;

namespace EventAgents.Domain.Chats;

/// <summary>A person opens a conversation with an agent.</summary>
public sealed record StartChatSession(string SessionId, string AgentId, string UserId, string? ProjectId, DateTimeOffset At) : IChatCommand;

/// <summary>A chat session started.</summary>
public sealed record ChatSessionStarted(string SessionId, string AgentId, string UserId, string? ProjectId, DateTimeOffset At) : IChatEvent;

/// <summary>Decides <see cref="StartChatSession"/>.</summary>
public static class StartingChatSession
{
    /// <summary>Starts the session once.</summary>
    public static Decision<IChatEvent> Decide(StartChatSession command, ChatSession state)
    {
        if (state.Exists)
        {
            return state.AgentId == command.AgentId && state.UserId == command.UserId
                ? Decision<IChatEvent>.Nothing
                : new DomainError("chat.already-exists", $"Chat session '{command.SessionId}' already exists.");
        }

        if (Text.IsBlank(command.SessionId) || Text.IsBlank(command.AgentId) || Text.IsBlank(command.UserId))
        {
            return new DomainError("chat.participants-required", "A chat session needs an id, an agent and a user.");
        }

        return Decision<IChatEvent>.Accept(new ChatSessionStarted(command.SessionId, command.AgentId, command.UserId, command.ProjectId, command.At));
    }
}
