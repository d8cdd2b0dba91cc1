using EventAgents.Domain.Runs;
using EventAgents.Platform.EventStore;

namespace EventAgents.Projections.Runs;

public sealed partial class RunsProjection
{
    /// <summary>Clears the step's pending question: it was answered, or the attempt it belonged to is over.</summary>
    private const string NoQuestion = "question_id = NULL, question_text = NULL, question_asked_at = NULL";

    private static async Task ApplyStepAsync(SqlWriter sql, RecordedEvent recorded, IRunEvent e, CancellationToken ct)
    {
        var (stepId, set, values) = e switch
        {
            StepQueued q => (q.StepId,
                "status = 'Queued', attempt = $4, iteration = $5, item = $6, retries = 0, queued_at = $7, started_at = NULL, finished_at = NULL, " +
                "due_at = NULL, result = NULL, reason = NULL, tokens = 0, cost_usd = 0, " + NoQuestion,
                new object?[] { q.Attempt, q.Iteration, q.Item, q.At }),
            LoopStarted l => (l.StepId, "iteration = 0", []),
            ParallelStarted p => (p.StepId, "status = 'Running', attempt = $4, iteration = 1, result = NULL, started_at = $5, finished_at = NULL",
                new object?[] { p.Attempt, p.At }),
            CouncilConvened c => (c.StepId, "status = 'Running', attempt = $4, iteration = 1, result = NULL, reason = NULL, due_at = NULL, started_at = $5, finished_at = NULL",
                new object?[] { c.Attempt, c.At }),
            StepStarted s => (s.StepId, "status = 'Running', started_at = $4, due_at = $5", new object?[] { s.At, s.Deadline }),
            GateApprovalRequested g => (g.StepId, "status = 'AwaitingApproval', due_at = $4", new object?[] { g.ExpiresAt }),
            StepOutputRecorded o => (o.StepId, "output = $4, tokens = $5, cost_usd = $6", new object?[] { o.Output, o.Usage.Tokens, o.Usage.CostUsd }),
            StepModelCalled m => (m.StepId, "tokens = $4, cost_usd = $5", new object?[] { m.Usage.Tokens, m.Usage.CostUsd }),
            StepQuestionAsked q => (q.StepId, "question_id = $4, question_text = $5, question_asked_at = $6", new object?[] { q.QuestionId, q.Question, q.At }),
            StepQuestionAnswered a => (a.StepId, "due_at = coalesce($4, due_at), " + NoQuestion, new object?[] { a.Deadline }),
            StepCompleted c => (c.StepId, "status = 'Completed', result = $4, due_at = NULL, finished_at = $5, " + NoQuestion, new object?[] { c.Result, c.At }),
            StepRetryScheduled r => (r.StepId,
                "status = 'Retrying', attempt = $4, retries = retries + 1, due_at = $5, reason = $6, tokens = 0, cost_usd = 0, " + NoQuestion,
                new object?[] { r.NextAttempt, r.DueAt, r.Reason }),
            StepFailed f => (f.StepId, "status = 'Failed', result = 'error', due_at = NULL, reason = $4, finished_at = $5, " + NoQuestion, new object?[] { f.Reason, f.At }),
            StepTimedOut t => (t.StepId, "reason = 'Timed out.'", []),
            StepBudgetExceeded b => (b.StepId, "reason = $4", new object?[] { b.Message }),
            StepSkipped s => (s.StepId, "status = 'Skipped', due_at = NULL, reason = $4, finished_at = $5, " + NoQuestion, new object?[] { s.Reason, s.At }),
            GateApproved a => (a.StepId, "reason = $4", new object?[] { a.Comment }),
            GateRejected r => (r.StepId, "reason = $4", new object?[] { r.Reason }),
            _ => (null, "", []),
        };
        if (e is StepToolCalled call)
        {
            await sql.ExecuteAsync(
                "INSERT INTO {0}rm_step_tool_calls (run_id, step_id, attempt, sequence, seq, tool, arguments, result, is_error, duration_ms, at) " +
                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING", ct,
                call.RunId, call.StepId, call.Attempt, call.Sequence, recorded.Position, call.Tool, call.Arguments, call.Result, call.IsError, call.DurationMs, call.At)
                .ConfigureAwait(false);
            return;
        }

        await RecordQuestionAsync(sql, recorded, e, ct).ConfigureAwait(false);
        if (stepId is null)
        {
            return;
        }

        await sql.ExecuteAsync(
            "INSERT INTO {0}rm_run_steps (run_id, step_id, seq, status, attempt, iteration, retries, tokens, cost_usd, version) " +
            "VALUES ($1, $2, $3, 'Queued', 0, 0, 0, 0, 0, $4) ON CONFLICT (run_id, step_id) DO NOTHING", ct,
            e.RunId, stepId, recorded.Position, recorded.Version).ConfigureAwait(false);
        await sql.ExecuteAsync($"UPDATE {{0}}rm_run_steps SET version = $3, {set} WHERE run_id = $1 AND step_id = $2", ct,
            [e.RunId, stepId, recorded.Version, .. values]).ConfigureAwait(false);
        if (e is StepQueued or StepStarted or ParallelStarted or CouncilConvened)
        {
            await sql.ExecuteAsync("UPDATE {0}rm_runs SET current_step = $2 WHERE run_id = $1", ct, e.RunId, stepId).ConfigureAwait(false);
        }
    }
}
