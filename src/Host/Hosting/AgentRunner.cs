using EventAgents.Application.Steps.Running;
using EventAgents.Engine.Runners.Containers;
using EventAgents.Engine.Runners.LocalProcess;
using Docker.DotNet;
using EventAgents.Platform.EventStore;

namespace EventAgents.Host.Hosting;

/// <summary>
/// The agent step runner of the host, chosen by <c>EVENTAGENTS_RUNNER</c>: <c>local</c> (the default: child processes)
/// or <c>docker</c> (a container per step through the Docker Engine API at <c>EVENTAGENTS_DOCKER_HOST</c>; see
/// <see cref="ContainerRunnerSettings"/> for the other variables).
/// </summary>
public sealed class AgentRunner : IStepRunner, IAsyncDisposable
{
    private readonly IStepRunner runner;
    private readonly DockerClientConfiguration? engine;
    private readonly DockerClient? docker;

    private AgentRunner(IStepRunner runner, DockerClientConfiguration? engine, DockerClient? docker)
    {
        this.runner = runner;
        this.engine = engine;
        this.docker = docker;
    }

    public static async Task<AgentRunner> CreateAsync(EventStore store, IAgentReportSink sink, TimeProvider clock, Action<string> log, CancellationToken ct)
    {
        Func<string, string?> variable = Environment.GetEnvironmentVariable;
        switch (variable("EVENTAGENTS_RUNNER")?.Trim().ToLowerInvariant())
        {
            case null or "" or "local":
                return new AgentRunner(new LocalProcessStepRunner(new LocalProcessRunnerOptions(), sink, clock), null, null);
            case "docker":
                var options = ContainerRunnerSettings.Options(variable);
                var engine = ContainerRunnerSettings.Engine(variable);
                var docker = engine.CreateClient();
                try
                {
                    await docker.System.PingAsync(ct).ConfigureAwait(false);
                    try
                    {
                        await docker.Images.InspectImageAsync(options.Image, ct).ConfigureAwait(false);
                    }
                    catch (DockerImageNotFoundException)
                    {
                        throw new InvalidOperationException($"The agent image '{options.Image}' is not in the engine at {engine.EndpointBaseUri}; build it with scripts/build-agent-runtime.sh.");
                    }

                    var containers = new ContainerStepRunner(docker, options, sink, clock);
                    var reconciled = await containers.ReconcileAsync(await RunningAgentSteps.ListAsync(store, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
                    log($"Agents run in containers of {options.Image} at {engine.EndpointBaseUri} (removed {reconciled.Removed} stale, adopted {reconciled.Adopted} running).");
                    return new AgentRunner(containers, engine, docker);
                }
                catch
                {
                    docker.Dispose();
                    engine.Dispose();
                    throw;
                }

            case var other:
                throw new InvalidOperationException($"EVENTAGENTS_RUNNER is '{other}'; use 'local' or 'docker'.");
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
        engine?.Dispose();
    }
}
