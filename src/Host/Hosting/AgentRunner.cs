using Docker.DotNet;
using EventAgents.Application.Steps.Running;
using EventAgents.Engine.Runners.Containers;
using EventAgents.Engine.Runners.LocalProcess;
using EventAgents.Engine.Runners.Sandboxing;
using EventAgents.Platform.EventStore;

namespace EventAgents.Host.Hosting;

/// <summary>
/// The agent step runner of the host, chosen by <c>EVENTAGENTS_RUNNER</c>: unset, a container per step when a
/// Docker-compatible engine answers at <c>EVENTAGENTS_DOCKER_HOST</c> (see <see cref="ContainerRunnerSettings"/>) and
/// has the agent image, else a local bubblewrap sandbox per step; <c>docker</c> insists on containers (no engine is a
/// start-up error); <c>local</c> insists on local sandboxes; <c>unsafe-local</c> runs plain child processes, for
/// development only. The log says which runner was chosen and why.
/// </summary>
public sealed class AgentRunner : IStepRunner, IAsyncDisposable
{
    /// <summary>How long start-up waits for an engine to answer before it runs agents locally.</summary>
    private static readonly TimeSpan EnginePatience = TimeSpan.FromSeconds(5);

    private readonly IStepRunner runner;
    private readonly DockerClientConfiguration? engine;
    private readonly DockerClient? docker;

    private AgentRunner(IStepRunner runner, RunnerDescription description, DockerClientConfiguration? engine = null, DockerClient? docker = null)
    {
        this.runner = runner;
        Description = description;
        this.engine = engine;
        this.docker = docker;
    }

    /// <summary>Which runner runs the steps and how they are isolated, for /health and the log.</summary>
    public RunnerDescription Description { get; }

    public static async Task<AgentRunner> CreateAsync(EventStore store, IAgentReportSink sink, Uri serverUrl, string home, TimeProvider clock, Action<string> log, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(log);
        Func<string, string?> variable = Environment.GetEnvironmentVariable;
        switch (variable("EVENTAGENTS_RUNNER")?.Trim().ToLowerInvariant())
        {
            case null or "":
                var (containers, why) = await ContainersAsync(store, sink, serverUrl, home, clock, variable, ct).ConfigureAwait(false);
                if (containers is not null)
                {
                    log($"{containers.Description.Describe()} EVENTAGENTS_RUNNER is not set and {why}.");
                    return containers;
                }

                return Local(sink, clock, variable, log, $"EVENTAGENTS_RUNNER is not set and {why}.");
            case "local":
                return Local(sink, clock, variable, log, "EVENTAGENTS_RUNNER=local.");
            case "unsafe-local":
                var unsafeRunner = new AgentRunner(new LocalProcessStepRunner(new LocalProcessRunnerOptions { Sandboxed = false }, sink, clock), RunnerDescription.Unsafe);
                log(unsafeRunner.Description.Describe());
                return unsafeRunner;
            case "docker":
                var (required, found) = await ContainersAsync(store, sink, serverUrl, home, clock, variable, ct).ConfigureAwait(false);
                if (required is null)
                {
                    throw new InvalidOperationException($"EVENTAGENTS_RUNNER=docker, but {found}.");
                }

                log($"{required.Description.Describe()} EVENTAGENTS_RUNNER=docker and {found}.");
                return required;
            case var other:
                throw new InvalidOperationException($"EVENTAGENTS_RUNNER is '{other}'; use 'docker', 'local' or 'unsafe-local', or leave it unset to use containers when an engine answers.");
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

    private static AgentRunner Local(IAgentReportSink sink, TimeProvider clock, Func<string, string?> variable, Action<string> log, string why)
    {
        var local = new LocalProcessStepRunner(new LocalProcessRunnerOptions { Limits = StepLimits.From(variable) }, sink, clock);
        var sandboxed = new AgentRunner(local, local.LimitsProblem is { } problem ? RunnerDescription.SandboxedWithoutLimits(problem) : RunnerDescription.Sandboxed);
        log($"{sandboxed.Description.Describe()} {why}");
        return sandboxed;
    }

    /// <summary>The container runner when the engine answers and has the agent image (and what it found), else null and why not.</summary>
    private static async Task<(AgentRunner? Runner, string Why)> ContainersAsync(
        EventStore store, IAgentReportSink sink, Uri serverUrl, string home, TimeProvider clock, Func<string, string?> variable, CancellationToken ct)
    {
        var options = ContainerRunnerSettings.Options(variable, home);
        var engine = ContainerRunnerSettings.Engine(variable);
        var docker = engine.CreateClient();
        AgentRunner? runner = null;
        try
        {
            if (await UnansweredAsync(docker, ct).ConfigureAwait(false) is { } silence)
            {
                return (null, $"no container engine answers at {engine.EndpointBaseUri} ({silence})");
            }

            try
            {
                await docker.Images.InspectImageAsync(options.Image, ct).ConfigureAwait(false);
            }
            catch (DockerImageNotFoundException)
            {
                return (null, $"the engine at {engine.EndpointBaseUri} has no agent image '{options.Image}' (build it with scripts/build-agent-runtime.sh)");
            }

            var containers = new ContainerStepRunner(docker, options, sink, clock);
            var reconciled = await containers.ReconcileAsync(await RunningAgentSteps.ListAsync(store, ct).ConfigureAwait(false), serverUrl, ct).ConfigureAwait(false);
            runner = new AgentRunner(containers, RunnerDescription.Containers, engine, docker);
            return (runner,
                $"the engine at {engine.EndpointBaseUri} answers with the image {options.Image} (network {options.NetworkMode}; removed {reconciled.Removed} stale containers, adopted {reconciled.Adopted} running)");
        }
        finally
        {
            if (runner is null)
            {
                docker.Dispose();
                engine.Dispose();
            }
        }
    }

    /// <summary>Null when the engine answers a ping within <see cref="EnginePatience"/>, else what went wrong.</summary>
    private static async Task<string?> UnansweredAsync(DockerClient docker, CancellationToken ct)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(ct);
        patience.CancelAfter(EnginePatience);
        try
        {
            await docker.System.PingAsync(patience.Token).ConfigureAwait(false);
            return null;
        }
#pragma warning disable CA1031 // Any failure to reach the engine (no socket, refused, TLS, timeout) means the same: no engine.
        catch (Exception exception) when (!ct.IsCancellationRequested)
#pragma warning restore CA1031
        {
            return exception is OperationCanceledException ? $"no answer within {EnginePatience.TotalSeconds:0} s" : exception.GetBaseException().Message;
        }
    }
}
