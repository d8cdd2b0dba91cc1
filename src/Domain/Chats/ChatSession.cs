using System.Collections.Immutable;

namespace EventAgents.Domain.Chats;

/// <summary>A conversation between a person and one agent.</summary>
/// <param name="Id">Session id; empty until started.</param>
/// <param name="AgentId">The agent taking part.</param>
/// <param name="UserId">The person who started the session.</param>
/// <param name="ProjectId">The project the conversation is about, if any.</param>
/// <param name="Messages">Messages in the order they were posted.</param>
/// <param name="IsEnded">Ended sessions take no more messages.</param>
public sealed record ChatSession(string Id, string AgentId, string UserId, string? ProjectId, ImmutableList<ChatMessage> Messages, bool IsEnded)
{
    /// <summary>The state before the session starts.</summary>
    public static ChatSession Initial { get; } = new("", "", "", null, [], false);

    /// <summary>True once the session has started.</summary>
    public bool Exists => Id.Length > 0;

    /// <summary>The message with the given id, or null.</summary>
    public ChatMessage? Message(string messageId) => Messages.Find(message => message.MessageId == messageId);
}

/// <summary>One message of a chat session.</summary>
public sealed record ChatMessage(string MessageId, ChatAuthor Author, string AuthorId, string Text, DateTimeOffset At);

/// <summary>Who wrote a chat message.</summary>
public enum ChatAuthor
{
    /// <summary>The person.</summary>
    User,

    /// <summary>The agent.</summary>
    Agent,
}
