using EventAgents.Domain.Boards;
using EventAgents.Domain.Tasks;
using EventAgents.Platform.EventStore;

namespace EventAgents.Projections.Boards;

/// <summary>Boards with their columns (<c>rm_boards</c>, <c>rm_board_columns</c>) and tasks (<c>rm_tasks</c>).</summary>
public sealed class BoardsProjection : SqlProjection
{
    public const string ProjectionName = "read-model.boards";

    public override string Name => ProjectionName;

    public override IReadOnlyList<string> Tables { get; } = ["rm_boards", "rm_board_columns", "rm_tasks"];

    protected override async Task ApplyAsync(SqlWriter sql, RecordedEvent recorded, CancellationToken ct)
    {
        if (recorded.Data is not IBoardEvent e)
        {
            return;
        }

        if (e is BoardCreated created)
        {
            await sql.ExecuteAsync(
                "INSERT INTO {0}rm_boards (board_id, seq, project_id, name, created_at, updated_at, version) VALUES ($1, $2, $3, $4, $5, $5, $6) " +
                "ON CONFLICT (board_id) DO NOTHING", ct, created.BoardId, recorded.Position, created.ProjectId, created.Name, created.At, recorded.Version).ConfigureAwait(false);
            for (var i = 0; i < created.Columns.Count; i++)
            {
                var column = created.Columns[i];
                await sql.ExecuteAsync(
                    "INSERT INTO {0}rm_board_columns (board_id, status, ordinal, name, wip_limit) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING", ct,
                    created.BoardId, column.Status.ToString(), i, column.Name, column.WipLimit).ConfigureAwait(false);
            }

            return;
        }

        await sql.ExecuteAsync("UPDATE {0}rm_boards SET updated_at = $2, version = $3 WHERE board_id = $1", ct, e.BoardId, e.At, recorded.Version).ConfigureAwait(false);
        await (e switch
        {
            WipLimitSet w => sql.ExecuteAsync("UPDATE {0}rm_board_columns SET wip_limit = $3 WHERE board_id = $1 AND status = $2", ct, w.BoardId, w.Status.ToString(), w.Limit),
            TaskCreated t => sql.ExecuteAsync(
                "INSERT INTO {0}rm_tasks (board_id, task_id, seq, title, description, status, depends_on, created_at, updated_at, version) " +
                "VALUES ($1, $2, $3, $4, $5, 'Backlog', $6, $7, $7, 1) ON CONFLICT (board_id, task_id) DO NOTHING", ct,
                t.BoardId, t.TaskId, recorded.Position, t.Title, t.Description, TextArray.Of(t.DependsOn.Order(StringComparer.Ordinal).Distinct()), t.At),
            TaskMoved m => Task(sql, m, TaskMoves.KeepsAssignee(m.To) ? "status = $4" : "status = $4, assignee = NULL", ct, m.To.ToString()),
            TaskClaimed c => Task(sql, c, "status = 'Claimed', assignee = $4, branch = $5", ct, c.Assignee, c.Branch),
            PullRequestLinked p => Task(sql, p, "pr_number = $4, pr_url = $5", ct, p.Number, p.Url),
            TaskDependencyAdded d => Task(sql, d,
                "depends_on = ARRAY(SELECT DISTINCT x COLLATE \"C\" FROM unnest(array_append(depends_on, $4::text)) AS x ORDER BY 1)", ct, d.DependsOnTaskId),
            TaskDependencyRemoved d => Task(sql, d, "depends_on = array_remove(depends_on, $4::text)", ct, d.DependsOnTaskId),
            _ => System.Threading.Tasks.Task.CompletedTask,
        }).ConfigureAwait(false);
    }

    private static Task Task(SqlWriter sql, ITaskEvent e, string set, CancellationToken ct, params object?[] values) =>
        sql.ExecuteAsync($"UPDATE {{0}}rm_tasks SET updated_at = $3, version = version + 1, {set} WHERE board_id = $1 AND task_id = $2", ct,
            [e.BoardId, e.TaskId, e.At, .. values]);
}
