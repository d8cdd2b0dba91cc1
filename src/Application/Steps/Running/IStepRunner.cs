namespace EventAgents.Application.Steps.Running;

/// <summary>
/// Starts and stops the isolated agent process (or container) that executes one attempt of a step: an agent step's, or a
/// command step's (the agent program's command mode runs its command), so both get the same sandbox and limits.
/// </summary>
public interface IStepRunner
{
    /// <summary>
    /// Starts the agent for <paramref name="launch"/> and returns once it runs; the agent reports back over the API.
    /// Starting the attempt that already runs does nothing; starting another attempt of the same step stops the old one first.
    /// </summary>
    Task StartAsync(StepLaunch launch, CancellationToken ct);

    /// <summary>Kills the agent of a step with everything it started. Stopping a step that does not run does nothing.</summary>
    Task StopAsync(string runId, string stepId, CancellationToken ct);
}
