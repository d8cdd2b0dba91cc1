using EventAgents.Application.Steps.Running;
using EventAgents.Engine.AgentApi;
using EventAgents.Engine.Models;
using EventAgents.Engine.Pulse;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.Messaging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EventAgents.Engine.Runs;

/// <summary>
/// The engine node of a host. It starts once the host's web server listens, since the agents it launches report there: it makes
/// the node's step runner (<see cref="IStepRunnerFactory"/>), sends a launch for every step that was running when the last node
/// stopped (<see cref="Reconciliation"/>), then runs an <see cref="EngineNode"/> over its own <see cref="StepExecution"/>. It
/// stops before the web server and the other services stop, and disposes its runner (which stops or leaves its agents).
/// </summary>
public sealed class EngineNodeService(
    EventStore store, PostgresQueue queue, MessageBus bus, IStepRunnerFactory runners, IAgentReportSink sink, AgentApiAddress agentApi,
    IWorkspaces workspaces, BoardWork boardWork, StepTokens tokens, ServerModels models, TimeProvider clock, IOptions<EngineOptions> options)
    : IHostedLifecycleService, IAsyncDisposable
{
    private CancellationTokenSource? _stopping;
    private Task _running = Task.CompletedTask;
    private IStepRunner? _runner;

    /// <summary>The running node; null while it is stopped.</summary>
    public EngineNode? Node { get; private set; }

    /// <summary>How many steps the latest start launched again.</summary>
    public int Relaunched { get; private set; }

    /// <summary>Makes the runner, launches the lost steps again and runs the node; returns how many steps it launched again.</summary>
    public async Task<int> StartNodeAsync(CancellationToken ct)
    {
        if (Node is not null)
        {
            throw new InvalidOperationException("The engine node runs already.");
        }

        var settings = options.Value;
        _runner = await runners.CreateAsync(sink, agentApi.Url, ct).ConfigureAwait(false);
        try
        {
            var launches = new AgentLaunchSettings(agentApi.Url, tokens, settings.StepTokenLifetime) { Models = models };
            var node = new EngineNode(
                store, queue, new StepExecution(store, workspaces, _runner, launches), clock, settings.Concurrency, settings.BoardWork ? boardWork : null);
            Relaunched = await Reconciliation.RelaunchLostStepsAsync(store, bus, ct).ConfigureAwait(false);
            _stopping = new CancellationTokenSource();
            _running = node.RunAsync(_stopping.Token);
            Node = node;
            return Relaunched;
        }
        catch
        {
            await DisposeRunnerAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops the node as a shutdown does: its handlers are cancelled, then its runner is disposed with the agents it runs.</summary>
    public async Task StopNodeAsync(CancellationToken ct)
    {
        if (_stopping is not null)
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
            await _running.WaitAsync(ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            _stopping.Dispose();
            _stopping = null;
            Node = null;
        }

        await DisposeRunnerAsync().ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => new(StopNodeAsync(CancellationToken.None));

    async Task IHostedLifecycleService.StartedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await StartNodeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host was asked to stop (SIGTERM) while the node started: there is no node to run, and nothing failed.
        }
    }

    Task IHostedLifecycleService.StoppingAsync(CancellationToken cancellationToken) => StopNodeAsync(cancellationToken);

    Task IHostedLifecycleService.StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    Task IHostedService.StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    Task IHostedService.StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    Task IHostedLifecycleService.StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task DisposeRunnerAsync()
    {
        switch (_runner)
        {
            case IAsyncDisposable disposable:
                await disposable.DisposeAsync().ConfigureAwait(false);
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }

        _runner = null;
    }
}
