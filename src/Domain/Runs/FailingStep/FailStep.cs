using EventAgents.Domain.Common;

namespace EventAgents.Domain.Runs;

/// <summary>Reports that an attempt broke (crash, error, lost container): it is retried or the step fails.</summary>
public sealed record FailStep(string RunId, string StepId, int Attempt, string Reason, DateTimeOffset At) : IStepCommand;

/// <summary>An attempt failed and the step will be retried at <paramref name="DueAt"/>.</summary>
public sealed record StepRetryScheduled(string RunId, string StepId, int FailedAttempt, int NextAttempt, DateTimeOffset DueAt, string Reason, DateTimeOffset At) : IRunEvent;

/// <summary>The step failed for good; routing continues with result <c>error</c> or <c>timeout</c>.</summary>
public sealed record StepFailed(string RunId, string StepId, int Attempt, string Reason, DateTimeOffset At) : IRunEvent;

/// <summary>Decides <see cref="FailStep"/>.</summary>
public static class FailingStep
{
    /// <summary>Fails the running attempt; repeated or late reports change nothing.</summary>
    public static Decision<IRunEvent> Decide(FailStep command, Run state)
    {
        if (StepGuard.Check(state, command.StepId, command.Attempt, out var step, out var progress) is { } early)
        {
            return early;
        }

        if (progress.Status is not (StepStatus.Running or StepStatus.AwaitingApproval))
        {
            return progress.Status.IsSettled() || progress.Status == StepStatus.Retrying
                ? Decision<IRunEvent>.Nothing
                : StepGuard.WrongStatus(progress, "running");
        }

        var trail = RunRouter.Trail(state);
        RunRouter.FailAttempt(trail, step, Text.IsBlank(command.Reason) ? "The step failed." : command.Reason, timedOut: false, command.At);
        return trail.ToDecision();
    }
}
