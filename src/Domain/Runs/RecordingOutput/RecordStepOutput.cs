using EventAgents.Domain.Common;

namespace EventAgents.Domain.Runs;

/// <summary>Reports an attempt's output so far and its total usage so far.</summary>
public sealed record RecordStepOutput(string RunId, string StepId, int Attempt, string Output, StepUsage Usage, DateTimeOffset At) : IStepCommand;

/// <summary>An attempt's output and usage were recorded.</summary>
public sealed record StepOutputRecorded(string RunId, string StepId, int Attempt, string Output, StepUsage Usage, DateTimeOffset At) : IRunEvent;

/// <summary>Decides <see cref="RecordStepOutput"/>.</summary>
public static class RecordingOutput
{
    /// <summary>Records new output; when the usage exceeds the step's budget, the attempt fails.</summary>
    public static Decision<IRunEvent> Decide(RecordStepOutput command, Run state)
    {
        if (StepGuard.Check(state, command.StepId, command.Attempt, out var step, out var progress) is { } early)
        {
            return early;
        }

        if (progress.Status != StepStatus.Running)
        {
            return progress.Status.IsSettled() || progress.Status == StepStatus.Retrying
                ? Decision<IRunEvent>.Nothing
                : StepGuard.WrongStatus(progress, "running");
        }

        if (progress.Output == command.Output && progress.Usage == command.Usage)
        {
            return Decision<IRunEvent>.Nothing;
        }

        var trail = RunRouter.Trail(state).Emit(new StepOutputRecorded(state.Id, step.Id, command.Attempt, command.Output, command.Usage, command.At));
        BudgetOverrun.Enforce(trail, step, command.Attempt, command.Usage, command.At);
        return trail.ToDecision();
    }
}
