using EventAgents.Domain.Common;
using EventAgents.Domain.Pipelines;

namespace EventAgents.Domain.Runs;

/// <summary>A person approves a gate; the run continues as if the gate passed.</summary>
public sealed record ApproveGate(string RunId, string StepId, string ApprovedBy, string? Comment, DateTimeOffset At) : IRunCommand;

/// <summary>A gate was approved.</summary>
public sealed record GateApproved(string RunId, string StepId, int Attempt, string ApprovedBy, string? Comment, DateTimeOffset At) : IRunEvent;

/// <summary>Decides <see cref="ApproveGate"/>.</summary>
public static class ApprovingGate
{
    /// <summary>Approves the waiting gate and routes on with <c>pass</c>.</summary>
    public static Decision<IRunEvent> Decide(ApproveGate command, Run state)
    {
        if (GateDecision.Check(state, command.StepId, command.ApprovedBy, StepResults.Pass, out var gate, out var progress) is { } early)
        {
            return early;
        }

        var trail = RunRouter.Trail(state)
            .Emit(new GateApproved(state.Id, gate.Id, progress.Attempt, command.ApprovedBy, command.Comment, command.At))
            .Emit(new StepCompleted(state.Id, gate.Id, progress.Attempt, StepResults.Pass, command.At));
        RunRouter.Leave(trail, gate.Id, StepResults.Pass, command.At);
        return trail.ToDecision();
    }
}
