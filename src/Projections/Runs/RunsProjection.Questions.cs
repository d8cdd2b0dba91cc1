using EventAgents.Domain.Runs;
using EventAgents.Platform.EventStore;

namespace EventAgents.Projections.Runs;

public sealed partial class RunsProjection
{
    /// <summary>Keeps the asked and answered questions of every step attempt (<c>rm_step_questions</c>).</summary>
    private static Task RecordQuestionAsync(SqlWriter sql, RecordedEvent recorded, IRunEvent e, CancellationToken ct) => e switch
    {
        StepQuestionAsked q => sql.ExecuteAsync(
            "INSERT INTO {0}rm_step_questions (run_id, step_id, attempt, question_id, seq, text, asked_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING", ct,
            q.RunId, q.StepId, q.Attempt, q.QuestionId, recorded.Position, q.Question, q.At),
        StepQuestionAnswered a => sql.ExecuteAsync(
            "UPDATE {0}rm_step_questions SET answer = $5, answered_by = $6, answered_at = $7 WHERE run_id = $1 AND step_id = $2 AND attempt = $3 AND question_id = $4", ct,
            a.RunId, a.StepId, a.Attempt, a.QuestionId, a.Answer, a.AnsweredBy, a.At),
        _ => Task.CompletedTask,
    };

    /// <summary>A finished run waits on no one: the questions its steps still had pending are dropped (they stay in the history unanswered).</summary>
    private static Task DropPendingQuestionsAsync(SqlWriter sql, RecordedEvent recorded, IRunEvent e, CancellationToken ct) => sql.ExecuteAsync(
        $"UPDATE {{0}}rm_run_steps SET version = $2, {NoQuestion} WHERE run_id = $1 AND question_id IS NOT NULL", ct, e.RunId, recorded.Version);
}
