using EventAgents.Domain.Common;

namespace EventAgents.Domain.Runs;

/// <summary>Fails a run from outside routing, e.g. when reconciliation finds its workspace gone.</summary>
public sealed record FailRun(string RunId, string Reason, DateTimeOffset At) : IRunCommand;

/// <summary>The run failed.</summary>
public sealed record RunFailed(string RunId, string Reason, DateTimeOffset At) : IRunEvent
{
    /// <summary>The board task the run worked, if an agent's pulse started it: board work wraps that task up.</summary>
    public TaskWork? Task { get; init; }
}

/// <summary>Decides <see cref="FailRun"/>.</summary>
public static class FailingRun
{
    /// <summary>Fails an unfinished run once.</summary>
    public static Decision<IRunEvent> Decide(FailRun command, Run state) => state.Status switch
    {
        RunStatus.None => StepGuard.NotFound(state, command.RunId),
        RunStatus.Failed => Decision<IRunEvent>.Nothing,
        RunStatus.Completed or RunStatus.Cancelled => new DomainError("run.finished", $"Run '{state.Id}' is already {state.Status}."),
        _ => Decision<IRunEvent>.Accept(new RunFailed(state.Id, command.Reason, command.At) { Task = state.Task }),
    };
}
