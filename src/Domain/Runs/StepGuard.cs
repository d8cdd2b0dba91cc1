using EventAgents.Domain.Common;
using EventAgents.Domain.Pipelines;

namespace EventAgents.Domain.Runs;

/// <summary>Finds the step attempt a step command is about, and ignores reports that arrive too late.</summary>
internal static class StepGuard
{
    /// <summary>
    /// Null when the command addresses the current attempt of a known step of a live run (and
    /// <paramref name="step"/>, <paramref name="progress"/> are set); otherwise the decision to return:
    /// nothing for late reports, an error for reports that cannot be right.
    /// </summary>
    public static Decision<IRunEvent>? Check(Run state, string stepId, int attempt, out StepDefinition step, out StepProgress progress)
    {
        step = null!;
        progress = null!;
        if (state.Status == RunStatus.None)
        {
            return NotFound(state, stepId);
        }

        if (state.Definition.FindStep(stepId) is not { } found)
        {
            return new DomainError("step.unknown", $"Pipeline '{state.PipelineId}' has no step '{stepId}'.");
        }

        if (state.Status.IsFinished())
        {
            return Decision<IRunEvent>.Nothing;
        }

        if (!state.Steps.TryGetValue(stepId, out var current))
        {
            return new DomainError("step.not-queued", $"Step '{stepId}' has not been queued.");
        }

        if (attempt > current.Attempt)
        {
            return new DomainError("step.unknown-attempt", $"Step '{stepId}' is at attempt {current.Attempt}, not {attempt}.");
        }

        step = found;
        progress = current;
        return attempt < current.Attempt ? Decision<IRunEvent>.Nothing : null;
    }

    /// <summary>Error for a command addressed to a run that does not exist.</summary>
    public static DomainError NotFound(Run state, string what) =>
        new("run.not-found", $"There is no run{(state.Id.Length > 0 ? $" '{state.Id}'" : "")} for '{what}'.");

    /// <summary>Error for a step command that does not fit the step's status.</summary>
    public static DomainError WrongStatus(StepProgress progress, string expected) =>
        new("step.wrong-status", $"Step '{progress.StepId}' is {progress.Status}, not {expected}.");
}
