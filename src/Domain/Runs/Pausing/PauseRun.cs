using EventAgents.Domain.Common;

namespace EventAgents.Domain.Runs;

/// <summary>Pauses a running run: attempts in flight may finish, no new step starts.</summary>
public sealed record PauseRun(string RunId, string PausedBy, string? Reason, DateTimeOffset At) : IRunCommand;

/// <summary>The run was paused.</summary>
public sealed record RunPaused(string RunId, string PausedBy, string? Reason, DateTimeOffset At) : IRunEvent;

/// <summary>Decides <see cref="PauseRun"/>.</summary>
public static class PausingRun
{
    /// <summary>Pauses a running run once.</summary>
    public static Decision<IRunEvent> Decide(PauseRun command, Run state) => state.Status switch
    {
        RunStatus.None => StepGuard.NotFound(state, command.RunId),
        RunStatus.Paused => Decision<IRunEvent>.Nothing,
        RunStatus.Running => Decision<IRunEvent>.Accept(new RunPaused(state.Id, command.PausedBy, command.Reason, command.At)),
        _ => new DomainError("run.not-running", $"Run '{state.Id}' is {state.Status}; only a running run can be paused."),
    };
}
