using EventAgents.Domain.Common;

namespace EventAgents.Domain.Runs;

/// <summary>Resumes a paused run; queued steps may start again.</summary>
public sealed record ResumeRun(string RunId, string ResumedBy, DateTimeOffset At) : IRunCommand;

/// <summary>The run was resumed.</summary>
public sealed record RunResumed(string RunId, string ResumedBy, DateTimeOffset At) : IRunEvent;

/// <summary>Decides <see cref="ResumeRun"/>.</summary>
public static class ResumingRun
{
    /// <summary>Resumes a paused run once.</summary>
    public static Decision<IRunEvent> Decide(ResumeRun command, Run state) => state.Status switch
    {
        RunStatus.None => StepGuard.NotFound(state, command.RunId),
        RunStatus.Running => Decision<IRunEvent>.Nothing,
        RunStatus.Paused => Decision<IRunEvent>.Accept(new RunResumed(state.Id, command.ResumedBy, command.At)),
        _ => new DomainError("run.not-paused", $"Run '{state.Id}' is {state.Status}; only a paused run can be resumed."),
    };
}
