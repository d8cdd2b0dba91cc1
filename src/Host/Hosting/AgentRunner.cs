using EventAgents.Application.Steps.Running;
using EventAgents.Engine.Runners.Containers;
using EventAgents.Engine.Runners.LocalProcess;
using EventAgents.Engine.Runners.Sandboxing;
using EventAgents.Platform.Docker;
using EventAgents.Platform.EventStore;

namespace EventAgents.Host.Hosting;

/// <summary>
/// The agent step runner of the host, chosen by <c>EVENTAGENTS_RUNNER</c>: <c>local</c> (the default: child processes
/// in a bubblewrap sandbox each; <c>unsafe-local</c> without it, for development only)
/// or <c>docker</c> (a container per step through the Docker Engine API at <c>EVENTAGENTS_DOCKER_HOST</c>; see
/// <see cref="ContainerRunnerSettings"/> for the other variables).
/// </summary>
public sealed class AgentRunner : IStepRunner, IAsyncDisposable
{
    private readonly IStepRunner runner;
    private readonly DockerClient? docker;

    private AgentRunner(IStepRunner runner, DockerClient? docker, RunnerDescription description)
    {
        this.runner = runner;
        this.docker = docker;
        Description = description;
    }

    /// <summary>Which runner runs the steps and how they are isolated, for /health and the log.</summary>
    public RunnerDescription Description { get; }

    public static async Task<AgentRunner> CreateAsync(EventStore store, IAgentReportSink sink, TimeProvider clock, Action<string> log, CancellationToken ct)
    {
        Func<string, string?> variable = Environment.GetEnvironmentVariable;
        switch (variable("EVENTAGENTS_RUNNER")?.Trim().ToLowerInvariant())
        {
            case null or "" or "local":
                var sandboxed = new AgentRunner(
                    new LocalProcessStepRunner(new LocalProcessRunnerOptions { Limits = StepLimits.From(variable) }, sink, clock), null, RunnerDescription.Sandboxed);
                log(sandboxed.Description.Describe());
                return sandboxed;
            case "unsafe-local":
                var unsafeRunner = new AgentRunner(new LocalProcessStepRunner(new LocalProcessRunnerOptions { Sandboxed = false }, sink, clock), null, RunnerDescription.Unsafe);
                log(unsafeRunner.Description.Describe());
                return unsafeRunner;
            case "docker":
                var options = ContainerRunnerSettings.Options(variable);
                var docker = new DockerClient(ContainerRunnerSettings.Engine(variable));
                try
                {
                    await docker.PingAsync(ct).ConfigureAwait(false);
                    _ = await docker.FindImageAsync(options.Image, ct).ConfigureAwait(false)
                        ?? throw new InvalidOperationException($"The agent image '{options.Image}' is not in the engine at {docker.Endpoint}; build it with scripts/build-agent-runtime.sh.");
                    var containers = new ContainerStepRunner(docker, options, sink, clock);
                    var reconciled = await containers.ReconcileAsync(await RunningAgentSteps.ListAsync(store, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
                    log($"Agents run in containers of {options.Image} at {docker.Endpoint} (removed {reconciled.Removed} stale, adopted {reconciled.Adopted} running).");
                    return new AgentRunner(containers, docker, RunnerDescription.Containers);
                }
                catch
                {
                    docker.Dispose();
                    throw;
                }

            case var other:
                throw new InvalidOperationException($"EVENTAGENTS_RUNNER is '{other}'; use 'local' (a bubblewrap sandbox per step), 'docker' (a container per step) or, for development only, 'unsafe-local'.");
        }
    }

    public Task StartAsync(StepLaunch launch, CancellationToken ct) => runner.StartAsync(launch, ct);

    public Task StopAsync(string runId, string stepId, CancellationToken ct) => runner.StopAsync(runId, stepId, ct);

    public async ValueTask DisposeAsync()
    {
        if (runner is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync().ConfigureAwait(false);
        }

        docker?.Dispose();
    }
}
