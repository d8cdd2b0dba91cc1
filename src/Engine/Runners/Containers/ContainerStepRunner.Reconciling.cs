using Docker.DotNet.Models;

namespace EventAgents.Engine.Runners.Containers;

/// <summary>What reconciliation did with the containers it found.</summary>
/// <param name="Removed">Containers of finished or unknown steps, removed.</param>
/// <param name="Adopted">Running containers of steps that still run, now watched by this runner.</param>
public sealed record ContainerReconciliation(int Removed, int Adopted);

/// <summary>Start-up reconciliation: the containers a previous process left behind.</summary>
public sealed partial class ContainerStepRunner
{
    /// <summary>
    /// Removes every container of this runner's scope whose step attempt is not in <paramref name="runningSteps"/> (the
    /// engine's view of what runs), and adopts a still-running container of a running attempt, so that relaunching that
    /// attempt does nothing and its end is watched as usual (without a timeout: the original deadline is not known). An
    /// adopted agent reports again through a new relay to <paramref name="serverUrl"/> on its run folder's socket.
    /// </summary>
    public async Task<ContainerReconciliation> ReconcileAsync(IReadOnlyCollection<StepAttempt> runningSteps, Uri serverUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(runningSteps);
        ArgumentNullException.ThrowIfNull(serverUrl);
        var wanted = runningSteps.ToHashSet();
        var (removed, adopted) = (0, 0);
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            exits.EnsureListening();
            var ours = running.Values.Select(agent => agent.ContainerId).ToHashSet(StringComparer.Ordinal);
            var managed = new ContainersListParameters { All = true, Filters = ContainerLabels.Filter(options.Scope) };
            foreach (var container in await docker.Containers.ListContainersAsync(managed, ct).ConfigureAwait(false))
            {
                var attempt = ContainerLabels.AttemptOf(container.Labels);
                var runFolder = container.Labels?.TryGetValue(ContainerLabels.RunFolder, out var folder) == true ? folder : null;
                if (ours.Contains(container.ID))
                {
                    continue;
                }

                if (attempt is not null && wanted.Contains(attempt) && container.State == "running" && !running.ContainsKey((attempt.RunId, attempt.StepId)))
                {
                    var agent = new AgentContainer(attempt, container.ID, timeout: null) { RunFolder = AttemptRunFolder.Reopen(runFolder, serverUrl) };
                    exits.Expect(container.ID);
                    running[(attempt.RunId, attempt.StepId)] = agent;
                    agent.Ended = Task.Run(() => WatchAsync(agent), CancellationToken.None);
                    StepRunnerLog.Adopted(log, container.ID, attempt.RunId, attempt.StepId, attempt.Attempt);
                    adopted++;
                    continue;
                }

                await RemoveQuietlyAsync(container.ID, attempt ?? new StepAttempt("?", "?", 0)).ConfigureAwait(false);
                AttemptRunFolder.DeleteLeftBehind(runFolder);
                StepRunnerLog.Removed(log, container.ID, attempt?.RunId ?? "?", attempt?.StepId ?? "?", attempt?.Attempt ?? 0);
                removed++;
            }
        }
        finally
        {
            gate.Release();
        }

        return new ContainerReconciliation(removed, adopted);
    }
}
