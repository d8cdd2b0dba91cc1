using EventAgents.Application.Runs;
using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Runs;
using EventAgents.Platform.EventStore;

namespace EventAgents.Engine.Runners.Containers;

/// <summary>The engine's view of which agent step attempts run, for <see cref="ContainerStepRunner.ReconcileAsync"/> at start-up.</summary>
public static class RunningAgentSteps
{
    public static async Task<IReadOnlyList<StepAttempt>> ListAsync(EventStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var attempts = new List<StepAttempt>();
        foreach (var streamId in await RunStreamIdsAsync(store, ct).ConfigureAwait(false))
        {
            var run = (await store.LoadAsync(streamId, Run.Initial, RunStreams.Evolve, ct: ct).ConfigureAwait(false)).State;
            if (run.Status != RunStatus.Running)
            {
                continue;
            }

            attempts.AddRange(run.Steps.Values
                .Where(step => step.Status == StepStatus.Running && run.Definition.FindStep(step.StepId) is AgentStep or CouncilStep)
                .Select(step => new StepAttempt(run.Id, step.StepId, step.Attempt)));
        }

        return attempts;
    }

    private static async Task<List<string>> RunStreamIdsAsync(EventStore store, CancellationToken ct)
    {
        await using var command = store.DataSource.CreateCommand(
            $"SELECT stream_id FROM {store.SchemaPrefix}streams WHERE stream_id LIKE '{RunStreams.Prefix}%' AND NOT archived");
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var streams = new List<string>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            streams.Add(reader.GetString(0));
        }

        return streams;
    }
}
