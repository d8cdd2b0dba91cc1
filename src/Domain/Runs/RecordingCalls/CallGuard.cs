using EventAgents.Domain.Common;

namespace EventAgents.Domain.Runs;

/// <summary>
/// Lets records of the agent's work through for the current attempt of a step, even once that attempt has ended (its last
/// records may be handled after its completion, and even after the run ended); records of older attempts change nothing.
/// </summary>
internal static class CallGuard
{
    /// <summary>Null when <paramref name="progress"/> is the attempt the record is about; else the decision to return.</summary>
    public static Decision<IRunEvent>? Check(Run state, string stepId, int attempt, out StepProgress progress)
    {
        progress = null!;
        if (state.Status == RunStatus.None)
        {
            return StepGuard.NotFound(state, stepId);
        }

        if (state.Definition.FindStep(stepId) is null)
        {
            return new DomainError("step.unknown", $"Pipeline '{state.PipelineId}' has no step '{stepId}'.");
        }

        if (!state.Steps.TryGetValue(stepId, out var current))
        {
            return new DomainError("step.not-queued", $"Step '{stepId}' has not been queued.");
        }

        if (attempt > current.Attempt)
        {
            return new DomainError("step.unknown-attempt", $"Step '{stepId}' is at attempt {current.Attempt}, not {attempt}.");
        }

        progress = current;
        return attempt < current.Attempt || current.Status is StepStatus.Queued or StepStatus.Retrying ? Decision<IRunEvent>.Nothing : null;
    }
}
