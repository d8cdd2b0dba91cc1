using EventAgents.Application.Runs;
using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Runs;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.Messaging;
using Npgsql;

namespace EventAgents.Engine.Runs;

/// <summary>
/// After a restart: queued messages and leased ones survive in the queue, but the agents (command steps' included) started
/// by the previous process are lost to it. Every running attempt is launched again; its first completion wins and a
/// late report of a lost one is ignored by the run.
/// </summary>
public static class Reconciliation
{
    public static async Task<int> RelaunchLostStepsAsync(EventStore store, MessageBus bus, CancellationToken ct)
    {
        var running = await RunningStepsAsync(store, ct).ConfigureAwait(false);
        foreach (var step in running)
        {
            await bus.SendAsync(new LaunchStep(step.RunId, step.StepId, step.Attempt), ct).ConfigureAwait(false);
        }

        return running.Count;
    }

    /// <summary>Every running attempt, in a running run, of a step that an agent or a command executes.</summary>
    public static async Task<IReadOnlyList<RunningStep>> RunningStepsAsync(EventStore store, CancellationToken ct)
    {
        var running = new List<RunningStep>();
        foreach (var streamId in await RunStreamsAsync(store, ct).ConfigureAwait(false))
        {
            var run = (await store.LoadAsync(streamId, Run.Initial, RunStreams.Evolve, ct: ct).ConfigureAwait(false)).State;
            if (run.Status != RunStatus.Running)
            {
                continue;
            }

            foreach (var step in run.Steps.Values.Where(s => s.Status == StepStatus.Running))
            {
                if (run.Definition.FindStep(step.StepId) is AgentStep or CommandStep)
                {
                    running.Add(new RunningStep(run.Id, step.StepId, step.Attempt));
                }
            }
        }

        return running;
    }

    private static async Task<List<string>> RunStreamsAsync(EventStore store, CancellationToken ct)
    {
        await using var command = store.DataSource.CreateCommand(
            $"SELECT id FROM {store.SchemaPrefix}mt_streams WHERE id LIKE '{RunStreams.Prefix}%' AND NOT coalesce(is_archived, false)");
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var streams = new List<string>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            streams.Add(reader.GetString(0));
        }

        return streams;
    }
}

/// <summary>A running attempt of a step that the step runner executes: an agent step's, or a command step's.</summary>
public sealed record RunningStep(string RunId, string StepId, int Attempt);
