using EventAgents.Domain.Common;
using EventAgents.Domain.Pipelines;

namespace EventAgents.Domain.Runs;

/// <summary>A person rejects a gate; the run routes on as if the gate failed.</summary>
public sealed record RejectGate(string RunId, string StepId, string RejectedBy, string Reason, DateTimeOffset At) : IRunCommand;

/// <summary>A gate was rejected.</summary>
public sealed record GateRejected(string RunId, string StepId, int Attempt, string RejectedBy, string Reason, DateTimeOffset At) : IRunEvent;

/// <summary>Decides <see cref="RejectGate"/>.</summary>
public static class RejectingGate
{
    /// <summary>Rejects the waiting gate and routes on with <c>fail</c>.</summary>
    public static Decision<IRunEvent> Decide(RejectGate command, Run state)
    {
        if (GateDecision.Check(state, command.StepId, command.RejectedBy, StepResults.Fail, out var gate, out var progress) is { } early)
        {
            return early;
        }

        var trail = RunRouter.Trail(state)
            .Emit(new GateRejected(state.Id, gate.Id, progress.Attempt, command.RejectedBy, command.Reason, command.At))
            .Emit(new StepCompleted(state.Id, gate.Id, progress.Attempt, StepResults.Fail, command.At));
        RunRouter.Leave(trail, gate.Id, StepResults.Fail, command.At);
        return trail.ToDecision();
    }
}
