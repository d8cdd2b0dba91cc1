using EventAgents.Domain.Common;

namespace EventAgents.Domain.Runs;

/// <summary>Stops a run that has not finished; the engine reaps what is still executing.</summary>
public sealed record CancelRun(string RunId, string CancelledBy, string? Reason, DateTimeOffset At) : IRunCommand;

/// <summary>The run was cancelled.</summary>
public sealed record RunCancelled(string RunId, string CancelledBy, string? Reason, DateTimeOffset At) : IRunEvent
{
    /// <summary>The board task the run worked, if an agent's pulse started it: board work wraps that task up.</summary>
    public TaskWork? Task { get; init; }
}

/// <summary>Decides <see cref="CancelRun"/>.</summary>
public static class CancellingRun
{
    /// <summary>Cancels a pending, running or paused run once.</summary>
    public static Decision<IRunEvent> Decide(CancelRun command, Run state) => state.Status switch
    {
        RunStatus.None => StepGuard.NotFound(state, command.RunId),
        RunStatus.Cancelled => Decision<IRunEvent>.Nothing,
        RunStatus.Completed or RunStatus.Failed => new DomainError("run.finished", $"Run '{state.Id}' is already {state.Status}."),
        _ => Decision<IRunEvent>.Accept(new RunCancelled(state.Id, command.CancelledBy, command.Reason, command.At) { Task = state.Task }),
    };
}
