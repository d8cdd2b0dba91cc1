using EventAgents.Application.Runs;
using EventAgents.Domain.Common;
using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Runs;
using EventAgents.Platform.EventStore;

namespace EventAgents.Application.Runs.Starting;

/// <summary>
/// Requests and starts a run in one append: the run's stream begins with RunRequested, RunStarted and the first
/// steps queued, so the engine can never see a requested run that nobody starts.
/// </summary>
public sealed class RunStarter(EventStore store, TimeProvider clock)
{
    /// <returns>The run id, or the domain's reason for refusing the run.</returns>
    public async Task<(string? RunId, DomainError? Error)> StartAsync(
        string projectId, string pipelineId, int pipelineVersion, PipelineDefinition definition,
        IReadOnlyDictionary<string, string> inputs, string requestedBy, CancellationToken ct, string? runId = null, TaskWork? task = null)
    {
        runId ??= Guid.CreateVersion7().ToString("N");
        var now = clock.GetUtcNow();
        var requested = RunDecider.Decide(new RequestRun(runId, projectId, pipelineId, pipelineVersion, definition, inputs, requestedBy, now, task), Run.Initial);
        if (requested.IsRefused)
        {
            return (null, requested.Error);
        }

        var state = requested.Events.Aggregate(Run.Initial, RunDecider.Evolve);
        var started = RunDecider.Decide(new StartRun(runId, now), state);
        if (started.IsRefused)
        {
            return (null, started.Error);
        }

        await store.AppendAsync(RunStreams.Id(runId), ExpectedVersion.NoStream, [.. requested.Events, .. started.Events],
            new AppendOptions { Actor = requestedBy, CorrelationId = runId }, ct).ConfigureAwait(false);
        return (runId, null);
    }
}
