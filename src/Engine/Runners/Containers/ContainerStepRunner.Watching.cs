using System.Globalization;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace EventAgents.Engine.Runners.Containers;

/// <summary>Waiting for a container to end or time out, forwarding its output, reporting what the agent could not, removing it.</summary>
public sealed partial class ContainerStepRunner
{
    private async Task WatchAsync(AgentContainer agent)
    {
        using var stopForwarding = new CancellationTokenSource();
        var forwarding = ForwardOutputAsync(agent, stopForwarding.Token);
        var failure = await WaitForEndAsync(agent).ConfigureAwait(false);
        try
        {
            await forwarding.WaitAsync(options.OutputDrainWait, time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await stopForwarding.CancelAsync().ConfigureAwait(false);
        }

        await RemoveQuietlyAsync(agent.ContainerId, agent.Attempt).ConfigureAwait(false);
        if (agent.RunFolder is { } runFolder)
        {
            await runFolder.DisposeAsync().ConfigureAwait(false);
        }

        running.TryRemove(new KeyValuePair<(string, string), AgentContainer>((agent.Attempt.RunId, agent.Attempt.StepId), agent));
        if (failure is not null)
        {
            await ReportFailureAsync(agent.Attempt, failure).ConfigureAwait(false);
        }
    }

    private async Task<string?> WaitForEndAsync(AgentContainer agent)
    {
        var limit = agent.Timeout;
        using var timeout = limit is { } span ? new CancellationTokenSource(span, time) : new CancellationTokenSource();
        long? exit;
        try
        {
            exit = await exits.WaitForExitAsync(agent.ContainerId, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            if (agent.TryClaimEnding())
            {
                await KillAsync(agent.ContainerId).ConfigureAwait(false);
                await WaitQuietlyAsync(agent.ContainerId).ConfigureAwait(false);
                return string.Create(CultureInfo.InvariantCulture, $"The agent timed out after {limit!.Value.TotalSeconds:0.#}s and was killed.");
            }

            exit = await WaitQuietlyAsync(agent.ContainerId).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is DockerApiException or HttpRequestException or IOException)
        {
            return agent.TryClaimEnding() ? $"The agent's container could not be watched: {exception.Message}" : null;
        }

        if (!agent.TryClaimEnding() || exit is null)
        {
            return null;
        }

        return exit switch
        {
            0 or 1 or 2 => null,
            137 => await KilledReasonAsync(agent).ConfigureAwait(false),
            var code => string.Create(CultureInfo.InvariantCulture, $"The agent exited with code {code} without reporting."),
        };
    }

    /// <summary>Nobody here killed it, so the kernel did: podman on cgroup v1 does not always set OOMKilled, hence "most likely".</summary>
    private async Task<string> KilledReasonAsync(AgentContainer agent)
    {
        var limit = options.Limits.MemoryBytes / (1024 * 1024);
        try
        {
            var state = (await docker.Containers.InspectContainerAsync(agent.ContainerId, CancellationToken.None).ConfigureAwait(false)).State;
            if (state.OOMKilled)
            {
                return string.Create(CultureInfo.InvariantCulture, $"The agent went over its memory limit of {limit} MiB and was killed.");
            }
        }
        catch (DockerApiException)
        {
        }

        return string.Create(CultureInfo.InvariantCulture, $"The agent was killed (exit code 137), most likely for going over its memory limit of {limit} MiB.");
    }

    private async Task<long?> WaitQuietlyAsync(string containerId)
    {
        using var patience = new CancellationTokenSource(options.StopWait, time);
        try
        {
            return await exits.WaitForExitAsync(containerId, patience.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is DockerApiException or HttpRequestException or OperationCanceledException)
        {
            return null;
        }
    }

    private async Task ForwardOutputAsync(AgentContainer agent, CancellationToken ct)
    {
        var attempt = agent.Attempt;
        try
        {
            var logs = new ContainerLogsParameters { Follow = true, ShowStdout = true, ShowStderr = true };
            using var output = await docker.Containers.GetContainerLogsAsync(agent.ContainerId, tty: false, logs, ct).ConfigureAwait(false);
            await foreach (var line in OutputLines.ReadAsync(output, ct).ConfigureAwait(false))
            {
                await sink.OutputAsync(attempt.RunId, attempt.StepId, attempt.Attempt, line, ct).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // Losing the live output must not end the watch; the agent's own reports still arrive.
        catch (Exception exception) when (exception is not OperationCanceledException || !ct.IsCancellationRequested)
#pragma warning restore CA1031
        {
            StepRunnerLog.CleanupFailed(log, exception, agent.ContainerId, attempt.RunId, attempt.StepId);
        }
    }

    private async Task RemoveQuietlyAsync(string containerId, StepAttempt attempt)
    {
        try
        {
            await docker.Containers.RemoveContainerAsync(containerId, new ContainerRemoveParameters { Force = true }, CancellationToken.None).ConfigureAwait(false);
        }
        catch (DockerContainerNotFoundException)
        {
        }
#pragma warning disable CA1031 // A container left behind is removed by the next reconciliation; the watch must finish.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            StepRunnerLog.CleanupFailed(log, exception, containerId, attempt.RunId, attempt.StepId);
        }
    }

    private async Task ReportFailureAsync(StepAttempt attempt, string reason)
    {
        StepRunnerLog.Ended(log, attempt.RunId, attempt.StepId, attempt.Attempt, reason);
        try
        {
            await sink.FailedAsync(attempt.RunId, attempt.StepId, attempt.Attempt, reason, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A background watcher must not crash the process; the failure is logged.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            StepRunnerLog.ReportFailed(log, exception, attempt.RunId, attempt.StepId);
        }
    }
}
