using EventAgents.Domain.Common;

namespace EventAgents.Domain.Runs;

/// <summary>Starts a pending run: its first step is queued.</summary>
public sealed record StartRun(string RunId, DateTimeOffset At) : IRunCommand;

/// <summary>The run started executing.</summary>
public sealed record RunStarted(string RunId, DateTimeOffset At) : IRunEvent;

/// <summary>Decides <see cref="StartRun"/>.</summary>
public static class StartingRun
{
    /// <summary>Starts the run once; a run that has moved on ignores the command.</summary>
    public static Decision<IRunEvent> Decide(StartRun command, Run state)
    {
        if (state.Status == RunStatus.None)
        {
            return StepGuard.NotFound(state, command.RunId);
        }

        if (state.Status != RunStatus.Pending)
        {
            return Decision<IRunEvent>.Nothing;
        }

        var trail = RunRouter.Trail(state).Emit(new RunStarted(state.Id, command.At));
        foreach (var routed in RunRouter.Begin(trail.State, command.At))
        {
            trail.Emit(routed);
        }

        return trail.ToDecision();
    }
}
