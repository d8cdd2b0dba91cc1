using System.Collections.Concurrent;
using EventAgents.Application.Steps.Running;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EventAgents.Engine.Runners.LocalProcess;

/// <summary>
/// Runs each step's agent as a child process (<c>dotnet eventagents-agent.dll</c>) in the step's workspace, in a
/// bubblewrap sandbox with its own user, limits and only the agent API's relay as a way out (see
/// <see cref="LocalSandbox"/>; <c>unsafe-local</c> leaves that out), with an environment built from scratch and the
/// configuration in a private file; at most one agent per step. A launch may carry
/// a timeout for the runner to enforce (the engine's agent launches carry none: its deadline stops them). A timeout or a
/// crash (an exit code other than 0, 1 or 2, the codes of an agent that reported itself) is reported to the
/// <see cref="IAgentReportSink"/> as a failure.
/// </summary>
public sealed partial class LocalProcessStepRunner(
    LocalProcessRunnerOptions options, IAgentReportSink sink, TimeProvider time, ILogger<LocalProcessStepRunner>? logger = null)
    : IStepRunner, IAsyncDisposable
{
    private readonly ConcurrentDictionary<StepKey, Watched> running = new();
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly ILogger log = logger ?? NullLogger<LocalProcessStepRunner>.Instance;
    private readonly LocalSandbox? sandbox = options.Sandboxed ? LocalSandbox.Create(options) : null;

    /// <summary>Why sandboxed steps run without their limits, when the server cannot make control groups; else null.</summary>
    public string? LimitsProblem => sandbox?.LimitsProblem;

    /// <summary>The process id of the agent that runs the step, if one does.</summary>
    public int? ProcessIdOf(string runId, string stepId) =>
        running.TryGetValue(new StepKey(runId, stepId), out var watched) ? watched.Agent.ProcessId : null;

    /// <inheritdoc />
    public async Task StartAsync(StepLaunch launch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(launch);
        var key = new StepKey(launch.RunId, launch.StepId);
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (running.TryGetValue(key, out var current))
            {
                if (current.Agent.Launch.Attempt == launch.Attempt)
                {
                    return;
                }

                await StopCoreAsync(current, ct).ConfigureAwait(false);
            }

            var agent = await AgentProcess.StartAsync(launch, options, sandbox, ct).ConfigureAwait(false);
            ForwardOutput(agent);
            var watched = new Watched(agent);
            running[key] = watched;
            watched.Ended = Task.Run(() => WatchAsync(key, watched), CancellationToken.None);
            StepRunnerLog.StartedAsProcess(log, launch.RunId, launch.StepId, launch.Attempt, agent.ProcessId);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task StopAsync(string runId, string stepId, CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (running.TryGetValue(new StepKey(runId, stepId), out var watched))
            {
                await StopCoreAsync(watched, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Kills every agent this runner started.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var watched in running.Values)
        {
            await StopCoreAsync(watched, CancellationToken.None).ConfigureAwait(false);
        }

        gate.Dispose();
    }

    private async Task StopCoreAsync(Watched watched, CancellationToken ct)
    {
        if (watched.Agent.TryClaimEnding())
        {
            watched.Agent.Kill();
            var launch = watched.Agent.Launch;
            StepRunnerLog.Stopped(log, launch.RunId, launch.StepId, launch.Attempt);
        }

        // The watcher sees the exit, forgets the agent and cleans up after it.
        await watched.Ended.WaitAsync(options.StopWait, time, ct).ConfigureAwait(false);
    }

    private void ForwardOutput(AgentProcess agent)
    {
        var (run, step) = (agent.Launch.RunId, agent.Launch.StepId);
        agent.Process.OutputDataReceived += (_, line) => LogLine(run, step, line.Data);
        agent.Process.ErrorDataReceived += (_, line) => LogLine(run, step, line.Data);
        agent.Process.BeginOutputReadLine();
        agent.Process.BeginErrorReadLine();
    }

    private void LogLine(string runId, string stepId, string? line)
    {
        if (line is not null)
        {
            StepRunnerLog.AgentLine(log, runId, stepId, line);
        }
    }

    /// <summary>An agent and the task that ends when it has exited and been cleaned up.</summary>
    private sealed class Watched(AgentProcess agent)
    {
        public AgentProcess Agent { get; } = agent;

        public Task Ended { get; set; } = Task.CompletedTask;
    }
}
