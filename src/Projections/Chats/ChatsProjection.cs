using EventAgents.Domain.Chats;
using EventAgents.Platform.EventStore;

namespace EventAgents.Projections.Chats;

/// <summary>Chat sessions (<c>rm_chat_sessions</c>) and their messages (<c>rm_chat_messages</c>).</summary>
public sealed class ChatsProjection : SqlProjection
{
    public const string ProjectionName = "read-model.chats";

    public override string Name => ProjectionName;

    public override IReadOnlyList<string> Tables { get; } = ["rm_chat_sessions", "rm_chat_messages"];

    protected override Task ApplyAsync(SqlWriter sql, RecordedEvent recorded, CancellationToken ct) => recorded.Data switch
    {
        ChatSessionStarted s => sql.ExecuteAsync(
            "INSERT INTO {0}rm_chat_sessions (session_id, seq, agent_id, user_id, project_id, ended, message_count, started_at, updated_at, version) " +
            "VALUES ($1, $2, $3, $4, $5, false, 0, $6, $6, $7) ON CONFLICT (session_id) DO NOTHING", ct,
            s.SessionId, recorded.Position, s.AgentId, s.UserId, s.ProjectId, s.At, recorded.Version),
        UserMessagePosted m => MessageAsync(sql, recorded, m.SessionId, m.MessageId, "User", m.UserId, m.Text, m.At, ct),
        AgentMessageRecorded m => MessageAsync(sql, recorded, m.SessionId, m.MessageId, "Agent", m.AgentId, m.Text, m.At, ct),
        ChatSessionEnded e => sql.ExecuteAsync(
            "UPDATE {0}rm_chat_sessions SET ended = true, ended_by = $2, updated_at = $3, version = $4 WHERE session_id = $1", ct, e.SessionId, e.EndedBy, e.At, recorded.Version),
        _ => Task.CompletedTask,
    };

    private static async Task MessageAsync(
        SqlWriter sql, RecordedEvent recorded, string sessionId, string messageId, string author, string authorId, string text, DateTimeOffset at, CancellationToken ct)
    {
        await sql.ExecuteAsync(
            "INSERT INTO {0}rm_chat_messages (session_id, message_id, seq, author, author_id, text, at) VALUES ($1, $2, $3, $4, $5, $6, $7) " +
            "ON CONFLICT (session_id, message_id) DO NOTHING", ct, sessionId, messageId, recorded.Position, author, authorId, text, at).ConfigureAwait(false);
        await sql.ExecuteAsync(
            "UPDATE {0}rm_chat_sessions SET message_count = (SELECT count(*) FROM {0}rm_chat_messages WHERE session_id = $1), updated_at = $2, version = $3 " +
            "WHERE session_id = $1", ct, sessionId, at, recorded.Version).ConfigureAwait(false);
    }
}
