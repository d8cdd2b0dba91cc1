using EventAgents.Domain.Chats;
using Npgsql;

namespace EventAgents.Projections.Chats;

/// <summary>Reads chat sessions and messages; lists are oldest first.</summary>
public sealed class ChatQueries(ReadModelReader reader)
{
    private const string SessionColumns = "session_id, seq, agent_id, user_id, project_id, ended, ended_by, message_count, started_at, updated_at, version";

    public async Task<IReadOnlyDictionary<string, ChatSessionRow>> SessionsAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
        (await reader.QueryAsync($"SELECT {SessionColumns} FROM {{0}}rm_chat_sessions WHERE session_id = ANY($1)", ReadSession, ct, TextArray.Of(ids)).ConfigureAwait(false))
            .ToDictionary(row => row.SessionId);

    public Task<Page<ChatSessionRow>> ListSessionsAsync(string? agentId, string? userId, int first, long? afterSeq, CancellationToken ct) =>
        reader.PageAsync($"SELECT {SessionColumns} FROM {{0}}rm_chat_sessions WHERE ($1::text IS NULL OR agent_id = $1) AND ($2::text IS NULL OR user_id = $2)",
            ReadSession, first, afterSeq, false, ct, agentId, userId);

    public Task<Page<ChatMessageRow>> MessagesAsync(string sessionId, int first, long? afterSeq, CancellationToken ct) =>
        reader.PageAsync("SELECT session_id, message_id, seq, author, author_id, text, at FROM {0}rm_chat_messages WHERE session_id = $1",
            r => new ChatMessageRow(r.GetString(0), r.GetString(1), r.GetInt64(2), Enum.Parse<ChatAuthor>(r.GetString(3)), r.GetString(4), r.GetString(5), r.At(6)),
            first, afterSeq, false, ct, sessionId);

    private static ChatSessionRow ReadSession(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.Text(4), r.GetBoolean(5), r.Text(6), r.GetInt32(7), r.At(8), r.At(9), r.GetInt64(10));
}
