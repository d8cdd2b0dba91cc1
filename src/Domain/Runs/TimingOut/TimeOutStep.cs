using EventAgents.Domain.Common;

namespace EventAgents.Domain.Runs;

/// <summary>The engine's timer for an attempt's deadline fired.</summary>
public sealed record TimeOutStep(string RunId, string StepId, int Attempt, DateTimeOffset At) : IStepCommand;

/// <summary>An attempt (or a gate's wait) ran past its deadline.</summary>
public sealed record StepTimedOut(string RunId, string StepId, int Attempt, DateTimeOffset At) : IRunEvent;

/// <summary>Decides <see cref="TimeOutStep"/>.</summary>
public static class TimingOutStep
{
    /// <summary>
    /// Times the attempt out once its deadline passed; then it is retried or routed as <c>timeout</c>. Not while its agent
    /// waits for a person's answer: the answer moves the deadline on by the wait.
    /// </summary>
    public static Decision<IRunEvent> Decide(TimeOutStep command, Run state)
    {
        if (StepGuard.Check(state, command.StepId, command.Attempt, out var step, out var progress) is { } early)
        {
            return early;
        }

        if (progress.Status is not (StepStatus.Running or StepStatus.AwaitingApproval) || progress.DueAt is not { } deadline || progress.Question is not null)
        {
            return Decision<IRunEvent>.Nothing;
        }

        if (command.At < deadline)
        {
            return new DomainError("step.not-timed-out", $"Step '{step.Id}' has until {deadline:O}.");
        }

        var trail = RunRouter.Trail(state).Emit(new StepTimedOut(state.Id, step.Id, command.Attempt, command.At));
        RunRouter.FailAttempt(trail, step, $"Step '{step.Id}' timed out after {step.Flow.Timeout}.", timedOut: true, command.At);
        return trail.ToDecision();
    }
}
