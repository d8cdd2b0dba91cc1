using EventAgents.Domain.Common;
using EventAgents.Domain.Pipelines;

namespace EventAgents.Domain.Runs;

/// <summary>What approving and rejecting a gate have in common.</summary>
internal static class GateDecision
{
    /// <summary>
    /// Null when the gate awaits a decision from <paramref name="person"/> (and <paramref name="gate"/>,
    /// <paramref name="progress"/> are set); otherwise the decision to return.
    /// </summary>
    public static Decision<IRunEvent>? Check(Run state, string stepId, string person, string decidedResult, out GateStep gate, out StepProgress progress)
    {
        gate = null!;
        progress = state.Step(stepId);
        if (state.Status == RunStatus.None)
        {
            return StepGuard.NotFound(state, stepId);
        }

        if (state.Definition.FindStep(stepId) is not GateStep found)
        {
            return new DomainError("step.not-a-gate", $"Step '{stepId}' is not a gate.");
        }

        if (progress is { Status: StepStatus.Completed } && progress.Result == decidedResult)
        {
            return Decision<IRunEvent>.Nothing;
        }

        if (state.Status.IsFinished())
        {
            return new DomainError("run.finished", $"Run '{state.Id}' is {state.Status}.");
        }

        if (progress.Status != StepStatus.AwaitingApproval)
        {
            return new DomainError("gate.not-awaiting-approval", $"Gate '{stepId}' is {progress.Status}, not awaiting approval.");
        }

        if (found.Approvers.Count > 0 && !found.Approvers.Contains(person))
        {
            return new DomainError("gate.not-an-approver", $"'{person}' may not decide gate '{stepId}'.");
        }

        gate = found;
        return null;
    }
}
