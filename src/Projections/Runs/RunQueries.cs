using EventAgents.Domain.Runs;
using Npgsql;

namespace EventAgents.Projections.Runs;

/// <summary>Reads runs and their steps; lists are newest first.</summary>
public sealed class RunQueries(ReadModelReader reader)
{
    private const string RunColumns =
        "run_id, seq, project_id, pipeline_id, pipeline_version, status, requested_by, inputs::text, requested_at, started_at, finished_at, " +
        "current_step, reason, version, updated_at, task_board_id, task_id, agent_id";

    private const string StepColumns =
        "run_id, step_id, seq, status, attempt, iteration, retries, item, queued_at, started_at, finished_at, due_at, result, output, tokens, cost_usd, reason, version, " +
        "question_id, question_text, question_asked_at";

    public async Task<IReadOnlyDictionary<string, RunRow>> GetManyAsync(IReadOnlyList<string> runIds, CancellationToken ct) =>
        (await reader.QueryAsync($"SELECT {RunColumns} FROM {{0}}rm_runs WHERE run_id = ANY($1)", ReadRun, ct, TextArray.Of(runIds)).ConfigureAwait(false))
            .ToDictionary(run => run.RunId);

    public Task<Page<RunRow>> ListAsync(RunFilter filter, int first, long? afterSeq, CancellationToken ct) =>
        reader.PageAsync(
            $"SELECT {RunColumns} FROM {{0}}rm_runs WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR project_id = $2) AND ($3::text IS NULL OR pipeline_id = $3) " +
            "AND ($4::text IS NULL OR agent_id = $4)",
            ReadRun, first, afterSeq, descending: true, ct, filter.Status?.ToString(), filter.ProjectId, filter.PipelineId, filter.AgentId);

    /// <summary>The steps of several runs, in the order they were first reached.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<RunStepRow>>> StepsAsync(IReadOnlyList<string> runIds, CancellationToken ct)
    {
        var steps = await reader.QueryAsync($"SELECT {StepColumns} FROM {{0}}rm_run_steps WHERE run_id = ANY($1) ORDER BY run_id, seq, step_id", ReadStep, ct,
            TextArray.Of(runIds)).ConfigureAwait(false);
        var byRun = steps.GroupBy(step => step.RunId).ToDictionary(group => group.Key, group => (IReadOnlyList<RunStepRow>)[.. group]);
        return runIds.Distinct().ToDictionary(id => id, id => byRun.GetValueOrDefault(id) ?? []);
    }

    /// <summary>The tool calls of steps, by (run id, step id), in the order they were recorded.</summary>
    public async Task<IReadOnlyDictionary<(string RunId, string StepId), IReadOnlyList<ToolCallRow>>> ToolCallsAsync(
        IReadOnlyList<(string RunId, string StepId)> steps, CancellationToken ct)
    {
        var rows = await reader.QueryAsync(
            "SELECT run_id, step_id, attempt, sequence, seq, tool, arguments, result, is_error, duration_ms, at FROM {0}rm_step_tool_calls " +
            "WHERE (run_id, step_id) IN (SELECT * FROM unnest($1::text[], $2::text[])) ORDER BY seq",
            r => new ToolCallRow(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetInt64(4), r.GetString(5), r.GetString(6), r.GetString(7),
                r.GetBoolean(8), r.GetInt64(9), r.At(10)),
            ct, TextArray.Of(steps.Select(s => s.RunId)), TextArray.Of(steps.Select(s => s.StepId))).ConfigureAwait(false);
        var byStep = rows.GroupBy(row => (row.RunId, row.StepId)).ToDictionary(g => g.Key, g => (IReadOnlyList<ToolCallRow>)[.. g]);
        return steps.Distinct().ToDictionary(key => key, key => byStep.GetValueOrDefault(key) ?? []);
    }

    /// <summary>The questions the agents of steps asked, by (run id, step id), in the order they were asked.</summary>
    public async Task<IReadOnlyDictionary<(string RunId, string StepId), IReadOnlyList<StepQuestionRow>>> QuestionsAsync(
        IReadOnlyList<(string RunId, string StepId)> steps, CancellationToken ct)
    {
        var rows = await reader.QueryAsync(
            "SELECT run_id, step_id, attempt, question_id, seq, text, asked_at, answer, answered_by, answered_at FROM {0}rm_step_questions " +
            "WHERE (run_id, step_id) IN (SELECT * FROM unnest($1::text[], $2::text[])) ORDER BY seq",
            r => new StepQuestionRow(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetInt64(4), r.GetString(5), r.At(6), r.Text(7), r.Text(8), r.Time(9)),
            ct, TextArray.Of(steps.Select(s => s.RunId)), TextArray.Of(steps.Select(s => s.StepId))).ConfigureAwait(false);
        var byStep = rows.GroupBy(row => (row.RunId, row.StepId)).ToDictionary(g => g.Key, g => (IReadOnlyList<StepQuestionRow>)[.. g]);
        return steps.Distinct().ToDictionary(key => key, key => byStep.GetValueOrDefault(key) ?? []);
    }

    private static RunRow ReadRun(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetInt32(4), Enum.Parse<RunStatus>(r.GetString(5)), r.GetString(6),
        r.GetString(7), r.At(8), r.Time(9), r.Time(10), r.Text(11), r.Text(12), r.GetInt64(13), r.At(14), r.Text(15), r.Text(16), r.Text(17));

    private static RunStepRow ReadStep(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetInt64(2), Enum.Parse<StepStatus>(r.GetString(3)), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6), r.Text(7),
        r.Time(8), r.Time(9), r.Time(10), r.Time(11), r.Text(12), r.Text(13), r.GetInt32(14), r.GetDecimal(15), r.Text(16), r.GetInt64(17))
    {
        Question = r.Text(18) is { } id ? new PendingQuestionRow(id, r.GetString(19), r.At(20)) : null,
    };
}
