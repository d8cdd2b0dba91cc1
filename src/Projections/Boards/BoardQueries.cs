using EventAgents.Domain.Tasks;
using Npgsql;

namespace EventAgents.Projections.Boards;

/// <summary>Reads boards, columns and tasks; lists are oldest first.</summary>
public sealed class BoardQueries(ReadModelReader reader)
{
    private const string BoardColumns = "board_id, seq, project_id, name, created_at, updated_at, version";
    private const string TaskColumns =
        "board_id, task_id, seq, title, description, status, assignee, branch, pr_number, pr_url, depends_on, created_at, updated_at, version";

    public async Task<IReadOnlyDictionary<string, BoardRow>> BoardsAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
        (await reader.QueryAsync($"SELECT {BoardColumns} FROM {{0}}rm_boards WHERE board_id = ANY($1)", ReadBoard, ct, TextArray.Of(ids)).ConfigureAwait(false))
            .ToDictionary(row => row.BoardId);

    public Task<Page<BoardRow>> ListBoardsAsync(string? projectId, int first, long? afterSeq, CancellationToken ct) =>
        reader.PageAsync($"SELECT {BoardColumns} FROM {{0}}rm_boards WHERE ($1::text IS NULL OR project_id = $1)", ReadBoard, first, afterSeq, false, ct, projectId);

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<BoardColumnRow>>> ColumnsAsync(IReadOnlyList<string> boardIds, CancellationToken ct)
    {
        var rows = await reader.QueryAsync(
            "SELECT board_id, status, ordinal, name, wip_limit FROM {0}rm_board_columns WHERE board_id = ANY($1) ORDER BY board_id, ordinal",
            r => new BoardColumnRow(r.GetString(0), Enum.Parse<BoardTaskStatus>(r.GetString(1)), r.GetInt32(2), r.GetString(3), r.Int(4)),
            ct, TextArray.Of(boardIds)).ConfigureAwait(false);
        var byBoard = rows.GroupBy(row => row.BoardId).ToDictionary(g => g.Key, g => (IReadOnlyList<BoardColumnRow>)[.. g]);
        return boardIds.Distinct().ToDictionary(id => id, id => byBoard.GetValueOrDefault(id) ?? []);
    }

    /// <summary>Tasks by (board id, task id) keys.</summary>
    public async Task<IReadOnlyDictionary<(string BoardId, string TaskId), TaskRow>> TasksAsync(IReadOnlyList<(string BoardId, string TaskId)> keys, CancellationToken ct) =>
        (await reader.QueryAsync(
            $"SELECT {TaskColumns} FROM {{0}}rm_tasks WHERE (board_id, task_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))", ReadTask, ct,
            TextArray.Of(keys.Select(k => k.BoardId)), TextArray.Of(keys.Select(k => k.TaskId))).ConfigureAwait(false))
            .ToDictionary(row => (row.BoardId, row.TaskId));

    public Task<Page<TaskRow>> ListTasksAsync(TaskFilter filter, int first, long? afterSeq, CancellationToken ct) =>
        reader.PageAsync(
            $"SELECT {TaskColumns} FROM {{0}}rm_tasks WHERE ($1::text IS NULL OR board_id = $1) AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR assignee = $3)",
            ReadTask, first, afterSeq, false, ct, filter.BoardId, filter.Status?.ToString(), filter.Assignee);

    private static BoardRow ReadBoard(NpgsqlDataReader r) => new(r.GetString(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.At(4), r.At(5), r.GetInt64(6));

    private static TaskRow ReadTask(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetString(3), r.GetString(4), Enum.Parse<BoardTaskStatus>(r.GetString(5)), r.Text(6), r.Text(7),
        r.Int(8), r.Text(9), r.Texts(10), r.At(11), r.At(12), r.GetInt32(13));
}
