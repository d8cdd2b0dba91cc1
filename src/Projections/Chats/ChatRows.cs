using EventAgents.Domain.Chats;

namespace EventAgents.Projections.Chats;

/// <summary>A chat session with an agent.</summary>
public sealed record ChatSessionRow(
    string SessionId, long Seq, string AgentId, string UserId, string? ProjectId, bool Ended, string? EndedBy, int MessageCount,
    DateTimeOffset StartedAt, DateTimeOffset UpdatedAt, long Version) : ISequenced;

/// <summary>One message of a chat session.</summary>
public sealed record ChatMessageRow(string SessionId, string MessageId, long Seq, ChatAuthor Author, string AuthorId, string Text, DateTimeOffset At) : ISequenced;
