using EventAgents.Domain.Runs;
using EventAgents.Platform.Messaging;

namespace EventAgents.Engine.Runs;

/// <summary>What the engine does when a run's events are recorded: only messages, never I/O of its own.</summary>
public static class RunReactions
{
    public static EventHandlers AddRunReactions(this EventHandlers handlers) => handlers
        .On<StepQueued>((e, _) => Outcome.Send(new StepDue(e.RunId, e.StepId, e.Attempt)))
        .On<StepRetryScheduled>((e, _) => Outcome.Schedule(new StepDue(e.RunId, e.StepId, e.NextAttempt), e.DueAt))
        .On<StepStarted>((e, _) =>
        {
            var launch = Outcome.Send(new LaunchStep(e.RunId, e.StepId, e.Attempt));
            return e.Deadline is { } deadline ? launch.AndSchedule(new StepDeadlineReached(e.RunId, e.StepId, e.Attempt), deadline) : launch;
        })
        .On<StepQuestionAnswered>((e, _) => e.Deadline is { } deadline ? Outcome.Schedule(new StepDeadlineReached(e.RunId, e.StepId, e.Attempt), deadline) : Outcome.None)
        .On<StepTimedOut>((e, _) => Outcome.Send(new StopStep(e.RunId, e.StepId, e.Attempt)))
        .On<StepBudgetExceeded>((e, _) => Outcome.Send(new StopStep(e.RunId, e.StepId, e.Attempt)))
        .On<StepSkipped>((e, _) => Outcome.Send(new StopStep(e.RunId, e.StepId)))
        .On<RunCancelled>((e, _) => Outcome.Send(new StopRun(e.RunId)))
        .On<RunFailed>((e, _) => Outcome.Send(new StopRun(e.RunId)))
        .On<RunResumed>((e, _) => Outcome.Send(new ResumeSteps(e.RunId)));
}
