using System.Collections.Concurrent;
using System.Net;
using EventAgents.Application.Steps.Running;
using Docker.DotNet;
using Docker.DotNet.Models;
using EventAgents.Engine.Runners.Sandboxing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EventAgents.Engine.Runners.Containers;

/// <summary>
/// Runs each step attempt's agent in a fresh container of the agent runtime image (see <see cref="AgentContainerSpec"/>
/// for what it may see), at most one per step. The container's stdout and stderr go to the step's live output through
/// the <see cref="IAgentReportSink"/>; a timeout, a crash or a kill for memory is reported there as a failure; the
/// container is removed once the attempt ends.
/// </summary>
public sealed partial class ContainerStepRunner : IStepRunner, IAsyncDisposable
{
    private readonly ConcurrentDictionary<(string RunId, string StepId), AgentContainer> running = new();
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly IDockerClient docker;
    private readonly ContainerRunnerOptions options;
    private readonly IAgentReportSink sink;
    private readonly TimeProvider time;
    private readonly ILogger log;
    private readonly SandboxUser user;
    private readonly ContainerExits exits;

    /// <summary>Creates the runner; it uses <paramref name="docker"/> but does not own it.</summary>
    public ContainerStepRunner(IDockerClient docker, ContainerRunnerOptions options, IAgentReportSink sink, TimeProvider time, ILogger<ContainerStepRunner>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.docker = docker ?? throw new ArgumentNullException(nameof(docker));
        this.options = options.Validated();
        this.sink = sink ?? throw new ArgumentNullException(nameof(sink));
        this.time = time ?? throw new ArgumentNullException(nameof(time));
        log = logger ?? NullLogger<ContainerStepRunner>.Instance;
        user = options.User ?? SandboxUser.For(Environment.GetEnvironmentVariable);
        exits = new ContainerExits(docker, options.Scope, time);
    }

    /// <summary>The id of the container that runs the step, if one does.</summary>
    public string? ContainerIdOf(string runId, string stepId) =>
        running.TryGetValue((runId, stepId), out var agent) ? agent.ContainerId : null;

    /// <inheritdoc />
    public async Task StartAsync(StepLaunch launch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(launch);
        var key = (launch.RunId, launch.StepId);
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (running.TryGetValue(key, out var current))
            {
                if (current.Attempt.Attempt == launch.Attempt)
                {
                    return;
                }

                await StopCoreAsync(current, ct).ConfigureAwait(false);
            }

            var agent = await CreateAndStartAsync(launch, ct).ConfigureAwait(false);
            running[key] = agent;
            agent.Ended = Task.Run(() => WatchAsync(agent), CancellationToken.None);
            StepRunnerLog.StartedInContainer(log, launch.RunId, launch.StepId, launch.Attempt, agent.ContainerId);
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
            if (running.TryGetValue((runId, stepId), out var agent))
            {
                await StopCoreAsync(agent, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Kills and removes every container this runner started.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var agent in running.Values)
        {
            await StopCoreAsync(agent, CancellationToken.None).ConfigureAwait(false);
        }

        await exits.DisposeAsync().ConfigureAwait(false);
        gate.Dispose();
    }

    private async Task<AgentContainer> CreateAndStartAsync(StepLaunch launch, CancellationToken ct)
    {
        Directory.CreateDirectory(launch.AgentHomePath);
        var runFolder = await AttemptRunFolder.PrepareAsync(launch, user, ct).ConfigureAwait(false);
        var attempt = new StepAttempt(launch.RunId, launch.StepId, launch.Attempt);
        string? containerId = null;
        try
        {
            exits.EnsureListening();
            var spec = AgentContainerSpec.Create(launch, options, user, runFolder);
            spec.Name = ContainerName(launch);
            spec.Labels[ContainerLabels.RunFolder] = runFolder.Path;
            containerId = (await docker.Containers.CreateContainerAsync(spec, ct).ConfigureAwait(false)).ID;
            exits.Expect(containerId);
            await docker.Containers.StartContainerAsync(containerId, new ContainerStartParameters(), ct).ConfigureAwait(false);
        }
        catch
        {
            await runFolder.DisposeAsync().ConfigureAwait(false);
            if (containerId is not null)
            {
                exits.Forget(containerId);
                await RemoveQuietlyAsync(containerId, attempt).ConfigureAwait(false);
            }

            throw;
        }

        return new AgentContainer(attempt, containerId, launch.Timeout) { RunFolder = runFolder };
    }

    private async Task StopCoreAsync(AgentContainer agent, CancellationToken ct)
    {
        if (agent.TryClaimEnding())
        {
            await KillAsync(agent.ContainerId).ConfigureAwait(false);
            StepRunnerLog.Stopped(log, agent.Attempt.RunId, agent.Attempt.StepId, agent.Attempt.Attempt);
        }

        // The watcher sees the end, forwards the last output, removes the container and forgets it.
        await agent.Ended.WaitAsync(options.StopWait, time, ct).ConfigureAwait(false);
    }

    private async Task KillAsync(string containerId)
    {
        try
        {
            await docker.Containers.KillContainerAsync(containerId, new ContainerKillParameters { Signal = "SIGKILL" }, CancellationToken.None).ConfigureAwait(false);
        }
        catch (DockerApiException exception) when (HasEndedOrIsGone(exception))
        {
        }
    }

    /// <summary>The engine refused to kill a container because it has already ended (podman answers 500 "container state improper") or is gone.</summary>
    private static bool HasEndedOrIsGone(DockerApiException exception) =>
        exception.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.NotFound
        || (exception.StatusCode == HttpStatusCode.InternalServerError && exception.ResponseBody.Contains("state improper", StringComparison.Ordinal));

    private static string ContainerName(StepLaunch launch)
    {
        var readable = new string([.. $"{launch.RunId}-{launch.StepId}".Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
        return $"eventagents-{(readable.Length > 80 ? readable[..80] : readable)}-{launch.Attempt}-{Guid.NewGuid().ToString("N")[..8]}";
    }
}
