using EventAgents.Domain.Common;

namespace EventAgents.Domain.Chats;

/// <summary>An event in a chat session's stream.</summary>
public interface IChatEvent : IDomainEvent
{
    /// <summary>The session the event belongs to.</summary>
    string SessionId { get; }
}

/// <summary>A command addressed to one chat session.</summary>
public interface IChatCommand
{
    /// <summary>The session the command is addressed to.</summary>
    string SessionId { get; }
}
