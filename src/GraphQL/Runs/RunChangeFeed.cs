using System.Runtime.CompilerServices;
using EventAgents.Application.Runs;
using EventAgents.Domain.Runs;
using EventAgents.GraphQL.Streams;
using EventAgents.Platform.EventStore;

namespace EventAgents.GraphQL.Runs;

/// <summary>
/// A run's events in version order, folded as they come so each change carries the state after it: replays the
/// events after <c>fromVersion</c>, then follows live, and ends after the event that finishes the run.
/// </summary>
public static class RunChangeFeed
{
    public static async IAsyncEnumerable<RunChange> FollowAsync(EventStore store, string runId, long fromVersion, [EnumeratorCancellation] CancellationToken ct)
    {
        var state = Run.Initial;
        await foreach (var recorded in EventFeed.FollowStreamAsync(store, RunStreams.Id(runId), 1, ct).ConfigureAwait(false))
        {
            state = RunStreams.Evolve(state, recorded.Data);
            var finished = recorded.Data is RunCompleted or RunFailed or RunCancelled;
            if (recorded.Version > fromVersion)
            {
                yield return Change(state, recorded);
            }

            if (finished)
            {
                yield break;
            }
        }
    }

    private static RunChange Change(Run state, RecordedEvent recorded)
    {
        var stepId = StepIdOf(recorded.Data);
        return new RunChange(
            state.Id, recorded.Version, recorded.Position, recorded.EventType, recorded.Timestamp, state.Status, stepId,
            stepId is null ? null : state.Step(stepId),
            (recorded.Data as StepOutputRecorded)?.Output, (recorded.Data as StepCompleted)?.Result, recorded.DataJson);
    }

    private static string? StepIdOf(object e) => e switch
    {
        StepModelCalled s => s.StepId,
        StepToolCalled s => s.StepId,
        StepBudgetExceeded s => s.StepId,
        StepQuestionAsked s => s.StepId,
        StepQuestionAnswered s => s.StepId,
        StepQueued s => s.StepId,
        LoopStarted s => s.StepId,
        ParallelStarted s => s.StepId,
        CouncilConvened s => s.StepId,
        StepStarted s => s.StepId,
        GateApprovalRequested s => s.StepId,
        StepOutputRecorded s => s.StepId,
        StepCompleted s => s.StepId,
        StepRetryScheduled s => s.StepId,
        StepFailed s => s.StepId,
        StepTimedOut s => s.StepId,
        StepSkipped s => s.StepId,
        GateApproved s => s.StepId,
        GateRejected s => s.StepId,
        _ => null,
    };
}
