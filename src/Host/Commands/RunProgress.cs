using EventAgents.Application.Runs;
using EventAgents.Application.Runs.Starting;
using EventAgents.Domain.Runs;
using EventAgents.Platform.EventStore;

namespace EventAgents.Host.Commands;

/// <summary>
/// Follows a run's stream live and prints one line per step change, ending with the run's outcome. A question an agent
/// asks goes to <paramref name="questions"/>, when given, to be answered, one at a time, while the run is still followed:
/// a question answered elsewhere, or whose attempt ended, is no longer waited for.
/// </summary>
public sealed class RunProgress(EventStore store, TextWriter output, TerminalQuestions? questions = null)
{
    /// <returns>True when the run completed.</returns>
    public async Task<bool> FollowAsync(string runId, CancellationToken ct)
    {
        var stream = RunStreams.Id(runId);
        var started = DateTimeOffset.UtcNow;
        var waiting = new List<StepQuestionAsked>();
        Prompt? prompt = null;
        long version = 0;
        try
        {
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
                        if (prompt is { LineOpen: true })
                        {
                            await output.WriteLineAsync().ConfigureAwait(false);
                            prompt.LineOpen = false;
                        }

                        await output.WriteLineAsync($"{elapsed.TotalSeconds,7:0.0}s  {line}").ConfigureAwait(false);
                    }

                    switch (recorded.Data)
                    {
                        case StepQuestionAsked asked when questions is not null:
                            waiting.Add(asked);
                            break;
                        case RunCompleted:
                            return true;
                        case RunFailed or RunCancelled:
                            return false;
                    }

                    waiting.RemoveAll(question => Settles(recorded.Data, question));
                }

                if (prompt is not null && (prompt.Answering.IsCompleted || !waiting.Contains(prompt.Question)))
                {
                    waiting.Remove(prompt.Question);
                    await prompt.EndAsync().ConfigureAwait(false);
                    prompt = null;
                }

                if (prompt is null && questions is not null && waiting.Count > 0)
                {
                    prompt = Prompt.Open(questions, waiting[0], ct);
                }

                var poll = Task.Delay(TimeSpan.FromSeconds(1), ct);
                await (prompt is null ? Task.WhenAny(change, poll) : Task.WhenAny(change, poll, prompt.Answering)).ConfigureAwait(false);
                ct.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            if (prompt is not null)
            {
                await prompt.EndAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>True when <paramref name="e"/> means <paramref name="question"/> waits no more: it was answered, or its attempt ended.</summary>
    private static bool Settles(object e, StepQuestionAsked question) => e switch
    {
        StepQuestionAnswered answered => answered.StepId == question.StepId && answered.QuestionId == question.QuestionId,
        StepCompleted ended => ended.StepId == question.StepId,
        StepFailed ended => ended.StepId == question.StepId,
        StepRetryScheduled ended => ended.StepId == question.StepId,
        StepSkipped ended => ended.StepId == question.StepId,
        _ => false,
    };

    /// <summary>The question being answered at the terminal, and the way to stop waiting for its answer.</summary>
    private sealed class Prompt(StepQuestionAsked question, CancellationTokenSource settled, Task answering)
    {
        public StepQuestionAsked Question { get; } = question;

        public Task Answering { get; } = answering;

        /// <summary>True while the prompt is the last thing on its line.</summary>
        public bool LineOpen { get; set; } = true;

        public static Prompt Open(TerminalQuestions questions, StepQuestionAsked question, CancellationToken ct)
        {
            var settled = CancellationTokenSource.CreateLinkedTokenSource(ct);
            return new Prompt(question, settled, questions.AnswerAsync(question, settled.Token));
        }

        public async Task EndAsync()
        {
            await settled.CancelAsync().ConfigureAwait(false);
            await Answering.ConfigureAwait(false);
            settled.Dispose();
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
