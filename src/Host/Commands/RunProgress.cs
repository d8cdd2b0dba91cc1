using EventAgents.Application.Runs;
using EventAgents.Application.Runs.Starting;
using EventAgents.Domain.Runs;
using EventAgents.Platform.EventStore;

namespace EventAgents.Host.Commands;

/// <summary>
/// Follows a run's stream live and prints one line per step change, ending with the run's outcome. A question an agent
/// asks goes to <paramref name="questions"/>, when given, to be answered.
/// </summary>
public sealed class RunProgress(EventStore store, TextWriter output, TerminalQuestions? questions = null)
{
    /// <returns>True when the run completed.</returns>
    public async Task<bool> FollowAsync(string runId, CancellationToken ct)
    {
        var stream = RunStreams.Id(runId);
        var started = DateTimeOffset.UtcNow;
        long version = 0;
        while (true)
        {
            var change = store.Changes.NextChange;
            var events = await store.ReadStreamAsync(stream, new ReadStreamOptions { FromVersion = version + 1 }, ct).ConfigureAwait(false);
            foreach (var recorded in events)
            {
                version = recorded.Version;
                var elapsed = recorded.Timestamp - started;
                if (Describe(recorded.Data) is { } line)
                {
                    await output.WriteLineAsync($"{elapsed.TotalSeconds,7:0.0}s  {line}").ConfigureAwait(false);
                }

                switch (recorded.Data)
                {
                    case StepQuestionAsked asked when questions is not null:
                        await questions.AnswerAsync(asked, ct).ConfigureAwait(false);
                        break;
                    case RunCompleted:
                        return true;
                    case RunFailed or RunCancelled:
                        return false;
                }
            }

            await Task.WhenAny(change, Task.Delay(TimeSpan.FromSeconds(1), ct)).ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
        }
    }

    private static string? Describe(object e) => e switch
    {
        RunStarted => "run started",
        StepStarted s => $"{s.StepId,-16} started (attempt {s.Attempt})",
        StepCompleted s => $"{s.StepId,-16} {Mark(s.Result)} {s.Result}",
        StepFailed s => $"{s.StepId,-16} ✗ failed: {s.Reason}",
        StepRetryScheduled s => $"{s.StepId,-16} ↻ retry at {s.DueAt:HH:mm:ss}: {s.Reason}",
        StepTimedOut s => $"{s.StepId,-16} ⏱ timed out",
        GateApprovalRequested s => $"{s.StepId,-16} ? waiting for approval: {s.Prompt}",
        StepQuestionAsked s => $"{s.StepId,-16} ? asks: {s.Question}",
        StepQuestionAnswered s => $"{s.StepId,-16} answered by {s.AnsweredBy}: {s.Answer}",
        StepBudgetExceeded s => $"{s.StepId,-16} $ {s.Message}",
        RunCompleted => "run completed ✓",
        RunFailed f => $"run failed ✗: {f.Reason}",
        RunCancelled c => $"run cancelled by {c.CancelledBy}",
        _ => null,
    };

    private static string Mark(string result) => result == "pass" ? "✓" : "✗";
}
