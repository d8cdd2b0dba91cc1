using EventAgents.Domain.Agents;
using EventAgents.Domain.Runs;
using EventAgents.Platform.Messaging;

namespace EventAgents.Engine.Pulse;

/// <summary>What board work does when events are recorded: a scheduled agent starts pulsing; a run of a task that ends is wrapped up.</summary>
public static class PulseReactions
{
    public static EventHandlers AddPulseReactions(this EventHandlers handlers) => handlers
        .On<AgentPulseScheduled>((e, context) => e.Every is null ? Outcome.None : Outcome.Send(new PulseDue(e.AgentId, context.Version)))
        .On<RunCompleted>((e, _) => Ended(e.RunId, e.Task))
        .On<RunFailed>((e, _) => Ended(e.RunId, e.Task))
        .On<RunCancelled>((e, _) => Ended(e.RunId, e.Task));

    private static Outcome Ended(string runId, TaskWork? task) => task is null ? Outcome.None : Outcome.Send(new TaskWorkEnded(runId));
}
