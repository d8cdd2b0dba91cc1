using EventAgents.Domain.Common;
using EventAgents.Domain.Pipelines;

namespace EventAgents.Domain.Runs;

public static partial class RunRouter
{
    /// <summary>
    /// An attempt failed: schedule a retry with backoff while the step has retries left, otherwise
    /// fail the step and route on with <c>error</c> (or <c>timeout</c>). Gates are never retried.
    /// </summary>
    internal static void FailAttempt(EventTrail<Run, IRunEvent> trail, StepDefinition step, string reason, bool timedOut, DateTimeOffset at)
    {
        var progress = trail.State.Step(step.Id);
        if (step is not GateStep && step.Flow.Retry is { } retry && progress.Retries < retry.Max)
        {
            var dueAt = at + retry.DelayBefore(progress.Retries + 1);
            trail.Emit(new StepRetryScheduled(trail.State.Id, step.Id, progress.Attempt, progress.Attempt + 1, dueAt, reason, at));
            return;
        }

        trail.Emit(new StepFailed(trail.State.Id, step.Id, progress.Attempt, reason, at));
        Leave(trail, step.Id, timedOut ? StepResults.Timeout : StepResults.Error, at);
    }
}
