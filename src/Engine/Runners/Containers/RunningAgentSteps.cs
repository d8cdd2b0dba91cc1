using EventAgents.Engine.Runs;
using EventAgents.Platform.EventStore;

namespace EventAgents.Engine.Runners.Containers;

/// <summary>The engine's view of which agent step attempts run, for <see cref="ContainerStepRunner.ReconcileAsync"/> at start-up.</summary>
public static class RunningAgentSteps
{
    public static async Task<IReadOnlyList<StepAttempt>> ListAsync(EventStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        return [.. (await Reconciliation.RunningStepsAsync(store, ct).ConfigureAwait(false))
            .Where(step => step.ByAgent)
            .Select(step => new StepAttempt(step.RunId, step.StepId, step.Attempt))];
    }
}
