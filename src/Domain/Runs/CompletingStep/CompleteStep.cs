using EventAgents.Domain.Common;
using EventAgents.Domain.Pipelines;

namespace EventAgents.Domain.Runs;

/// <summary>Reports that an attempt finished with a result such as <c>pass</c> or <c>fail</c>.</summary>
public sealed record CompleteStep(string RunId, string StepId, int Attempt, string Result, DateTimeOffset At) : IStepCommand;

/// <summary>An attempt finished with a result; routing follows from it.</summary>
public sealed record StepCompleted(string RunId, string StepId, int Attempt, string Result, DateTimeOffset At) : IRunEvent;

/// <summary>Decides <see cref="CompleteStep"/>.</summary>
public static class CompletingStep
{
    /// <summary>Completes the running attempt and routes on; gates complete only by a decision, parallel steps and councils by their parts.</summary>
    public static Decision<IRunEvent> Decide(CompleteStep command, Run state)
    {
        if (StepGuard.Check(state, command.StepId, command.Attempt, out var step, out var progress) is { } early)
        {
            return early;
        }

        if (step is GateStep or ParallelStep or CouncilStep)
        {
            return new DomainError("step.not-completable", $"Step '{step.Id}' completes by approval, by its join or by its members' tally, not by a report.");
        }

        if (!Text.IsSlug(command.Result))
        {
            return new DomainError("step.invalid-result", $"'{command.Result}' is not a result name.");
        }

        if (progress.Status != StepStatus.Running)
        {
            return progress.Status.IsSettled() || progress.Status == StepStatus.Retrying
                ? Decision<IRunEvent>.Nothing
                : StepGuard.WrongStatus(progress, "running");
        }

        var trail = RunRouter.Trail(state).Emit(new StepCompleted(state.Id, step.Id, command.Attempt, command.Result, command.At));
        RunRouter.Leave(trail, step.Id, command.Result, command.At);
        return trail.ToDecision();
    }
}
