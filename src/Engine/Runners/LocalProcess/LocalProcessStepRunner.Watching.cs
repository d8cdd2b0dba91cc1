using System.Globalization;
using EventAgents.Application.Steps.Running;

namespace EventAgents.Engine.Runners.LocalProcess;

/// <summary>Waiting for an agent to exit or time out, reporting failures the agent could not report itself.</summary>
public sealed partial class LocalProcessStepRunner
{
    private async Task WatchAsync(StepKey key, Watched watched)
    {
        var agent = watched.Agent;
        var failure = await WaitForEndAsync(agent).ConfigureAwait(false);
        running.TryRemove(new KeyValuePair<StepKey, Watched>(key, watched));
        await agent.DisposeAsync().ConfigureAwait(false);
        if (failure is not null)
        {
            await ReportFailureAsync(agent.Launch, failure).ConfigureAwait(false);
        }
    }

    private async Task<string?> WaitForEndAsync(AgentProcess agent)
    {
        var limit = agent.Launch.Timeout;
        using var timeout = limit is { } span ? new CancellationTokenSource(span, time) : new CancellationTokenSource();
        try
        {
            await agent.Process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            if (agent.TryClaimEnding())
            {
                await agent.KillAsync(options.StopWait, time).ConfigureAwait(false);
                return string.Create(CultureInfo.InvariantCulture, $"The agent timed out after {limit!.Value.TotalSeconds:0.#}s and was killed.");
            }
        }

        await agent.Process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        return agent.TryClaimEnding() && agent.Process.ExitCode is not (0 or 1 or 2) and var code
            ? string.Create(CultureInfo.InvariantCulture, $"The agent exited with code {code} without reporting.")
            : null;
    }

    private async Task ReportFailureAsync(StepLaunch launch, string reason)
    {
        StepRunnerLog.Ended(log, launch.RunId, launch.StepId, launch.Attempt, reason);
        try
        {
            await sink.FailedAsync(launch.RunId, launch.StepId, launch.Attempt, reason, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A background watcher must not crash the process; the failure is logged.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            StepRunnerLog.ReportFailed(log, exception, launch.RunId, launch.StepId);
        }
    }
}
