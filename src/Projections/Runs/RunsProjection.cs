using System.Text.Json;
using EventAgents.Domain.Runs;
using EventAgents.Platform.EventStore;

namespace EventAgents.Projections.Runs;

/// <summary>
/// The run list (<c>rm_runs</c>), each run's steps (<c>rm_run_steps</c>) and what their attempts did (<c>rm_step_tool_calls</c>,
/// <c>rm_step_questions</c>), folded from run events.
/// </summary>
public sealed partial class RunsProjection : SqlProjection
{
    public const string ProjectionName = "read-model.runs";

    public override string Name => ProjectionName;

    public override IReadOnlyList<string> Tables { get; } = ["rm_runs", "rm_run_steps", "rm_step_tool_calls", "rm_step_questions"];

    protected override async Task ApplyAsync(SqlWriter sql, RecordedEvent recorded, CancellationToken ct)
    {
        if (recorded.Data is not IRunEvent e)
        {
            return;
        }

        if (e is RunRequested requested)
        {
            await sql.ExecuteAsync(
                "INSERT INTO {0}rm_runs (run_id, seq, project_id, pipeline_id, pipeline_version, status, requested_by, inputs, requested_at, version, updated_at, " +
                "task_board_id, task_id, agent_id) VALUES ($1, $2, $3, $4, $5, 'Pending', $6, $7, $8, $9, $8, $10, $11, $12) ON CONFLICT (run_id) DO NOTHING", ct,
                requested.RunId, recorded.Position, requested.ProjectId, requested.PipelineId, requested.PipelineVersion, requested.RequestedBy,
                new SqlWriter.Json(JsonSerializer.Serialize(requested.Inputs)), requested.At, recorded.Version,
                requested.Task?.BoardId, requested.Task?.TaskId, requested.Task?.AgentId).ConfigureAwait(false);
            return;
        }

        await sql.ExecuteAsync("UPDATE {0}rm_runs SET version = $2, updated_at = $3 WHERE run_id = $1", ct, e.RunId, recorded.Version, e.At).ConfigureAwait(false);
        await (e switch
        {
            RunStarted => Run(sql, e, "status = 'Running', started_at = $2", ct, e.At),
            RunPaused => Run(sql, e, "status = 'Paused'", ct),
            RunResumed => Run(sql, e, "status = 'Running'", ct),
            RunCancelled c => Run(sql, e, "status = 'Cancelled', finished_at = $2, reason = $3, current_step = NULL", ct, c.At, c.Reason),
            RunCompleted c => Run(sql, e, "status = 'Completed', finished_at = $2, current_step = NULL", ct, c.At),
            RunFailed f => Run(sql, e, "status = 'Failed', finished_at = $2, reason = $3, current_step = NULL", ct, f.At, f.Reason),
            _ => ApplyStepAsync(sql, recorded, e, ct),
        }).ConfigureAwait(false);
        if (e is RunCancelled or RunCompleted or RunFailed)
        {
            await DropPendingQuestionsAsync(sql, recorded, e, ct).ConfigureAwait(false);
        }
    }

    private static Task Run(SqlWriter sql, IRunEvent e, string set, CancellationToken ct, params object?[] values) =>
        sql.ExecuteAsync($"UPDATE {{0}}rm_runs SET {set} WHERE run_id = $1", ct, [e.RunId, .. values]);
}
