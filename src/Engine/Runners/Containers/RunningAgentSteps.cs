using EventAgents.Engine.Runs;
using EventAgents.Platform.EventStore;

namespace EventAgents.Engine.Runners.Containers;

/// <summary>
/// The engine's view of which step attempts run in the runner (agent steps' and command steps'), for
/// <see cref="ContainerStepRunner.ReconcileAsync"/> at start-up.
/// </summary>
public static class RunningAgentSteps
{
    public static async Task<IReadOnlyList<StepAttempt>> ListAsync(EventStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        return [.. (await Reconciliation.RunningStepsAsync(store, ct).ConfigureAwait(false))
            .Select(step => new StepAttempt(step.RunId, step.StepId, step.Attempt))];
    }
}
