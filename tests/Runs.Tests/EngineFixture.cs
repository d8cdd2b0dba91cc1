using EventAgents.Application.GitHosting;
using EventAgents.Engine.Pulse;
using EventAgents.Application.Runs;
using EventAgents.Application.Common;
using EventAgents.Application.Pipelines.Defining;
using EventAgents.Application.Runs.Commanding;
using EventAgents.Application.Runs.Starting;
using EventAgents.Application.Steps.Running;
using EventAgents.Domain.Runs;
using EventAgents.Engine.Runners.LocalProcess;
using EventAgents.Engine.Runs;
using EventAgents.Engine.Workspaces;
using EventAgents.Engine.Workspaces.GitWorkspaces;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.Messaging;
using EventAgents.Testing;
using Npgsql;

namespace EventAgents.Runs.Tests;

/// <summary>
/// A running engine node over a fresh database: real PostgreSQL, real git, real child processes, agents as local processes.
/// Agents' step tokens live <paramref name="tokenLifetime"/> (an hour unless a test needs them to run out).
/// </summary>
public sealed class EngineFixture(TimeSpan? tokenLifetime = null) : EngineFixture<LocalProcessStepRunner>(
    sink => new LocalProcessStepRunner(new LocalProcessRunnerOptions(), sink, TimeProvider.System), tokenLifetime);

/// <summary>
/// A running engine node over a fresh database whose agent steps run on the runner <paramref name="createAgents"/> makes
/// (one for each node, given the node's report sink). Agents' step tokens live <paramref name="tokenLifetime"/> (an hour
/// unless a test needs them to run out).
/// </summary>
public class EngineFixture<TAgents>(Func<IAgentReportSink, TAgents> createAgents, TimeSpan? tokenLifetime = null) : IAsyncLifetime
    where TAgents : IStepRunner, IAsyncDisposable
{
    private CancellationTokenSource _stop = new();
    private Task _running = Task.CompletedTask;
    private AgentApi? _api;
    private StepTokens _tokens = null!;

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public EventStore Store { get; private set; } = null!;

    public PostgresQueue Queue { get; private set; } = null!;

    public RunCommands RunCommands { get; private set; } = null!;

    public TAgents Agents { get; private set; } = default!;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "eventagents-runs-" + Guid.NewGuid().ToString("N")[..8]);

    public async Task InitializeAsync()
    {
        DataSource = NpgsqlDataSource.Create(await PostgresServer.CreateDatabaseAsync("runs"));
        Store = new EventStore(DataSource, DomainEventRegistry.Create());
        await Store.MigrateAsync();
        Queue = new PostgresQueue(DataSource);
        await Queue.MigrateAsync();
        RunCommands = new RunCommands(Store);
        _tokens = new StepTokens(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32), TimeProvider.System);
        var board = new EventAgents.Engine.AgentApi.AgentBoardServices(Store, new RunWorkspaces(Root, new GitCli(), ProjectRepositories.From(Store)),
            ProjectRepositories.From(Store), new RecordedGitHost(Store, TimeProvider.System), new GitCli(), TimeProvider.System);
        _api = await AgentApi.StartAsync(new EngineReportSink(EngineNode.CreateBus(Queue, TimeProvider.System)), _tokens, board);
        StartNode();
    }

    /// <summary>
    /// Stops the engine node as a shutdown would (its agents, command steps' included, are killed without a report), then starts a new
    /// one that reconciles first, as the server does at start-up; returns how many steps were launched again.
    /// </summary>
    public async Task<int> RestartNodeAsync()
    {
        await StopNodeAsync();
        _stop = new CancellationTokenSource();
        var relaunched = await Reconciliation.RelaunchLostStepsAsync(Store, EngineNode.CreateBus(Queue, TimeProvider.System), CancellationToken.None);
        StartNode();
        return relaunched;
    }

    private void StartNode()
    {
        var bus = EngineNode.CreateBus(Queue, TimeProvider.System);
        Agents = createAgents(new EngineReportSink(bus));
        var workspaces = new RunWorkspaces(Root, new GitCli(), ProjectRepositories.From(Store));
        var execution = new StepExecution(Store, workspaces, Agents, new AgentLaunchSettings(_api!.Url, _tokens, tokenLifetime ?? TimeSpan.FromHours(1)));
        var boardWork = BoardWork.Create(Store, workspaces, ProjectRepositories.From(Store), new RecordedGitHost(Store, TimeProvider.System), TimeProvider.System);
        _running = new EngineNode(Store, Queue, execution, TimeProvider.System, boardWork: boardWork).RunAsync(_stop.Token);
    }

    private async Task StopNodeAsync()
    {
        await _stop.CancelAsync();
        await _running.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await Agents.DisposeAsync();
        _stop.Dispose();
    }

    /// <summary>Parses a pipeline and starts a run of it.</summary>
    public async Task<string> StartAsync(string yaml, IReadOnlyDictionary<string, string>? inputs = null, string projectId = "project-1")
    {
        var parsed = PipelineYaml.Parse(yaml);
        Assert.True(parsed.Definition is not null, string.Join("\n", parsed.Errors.Select(e => e.ToString())));
        var (runId, error) = await new RunStarter(Store, TimeProvider.System).StartAsync(
            projectId, "pipeline-1", 1, parsed.Definition!, inputs ?? new Dictionary<string, string>(), "tests", CancellationToken.None);
        Assert.True(error is null, error?.Message);
        return runId!;
    }

    public async Task<Run> LoadAsync(string runId) =>
        (await Store.LoadAsync(RunStreams.Id(runId), Run.Initial, RunStreams.Evolve)).State;

    public async Task<Run> WaitForAsync(string runId, Func<Run, bool> condition, string what, int seconds = 60)
    {
        Run run = Run.Initial;
        await Eventually.TrueAsync(async () => condition(run = await LoadAsync(runId)), TimeSpan.FromSeconds(seconds), what);
        return run;
    }

    public async Task<IReadOnlyList<object>> EventsAsync(string runId) =>
        [.. (await Store.ReadStreamAsync(RunStreams.Id(runId))).Select(e => e.Data)];

    /// <summary>A stream's events, the runs and the dead letters, for the message of a test that timed out.</summary>
    public async Task<string> DescribeAsync(string streamId)
    {
        var lines = new List<string> { $"{streamId}:" };
        lines.AddRange((await Store.ReadStreamAsync(streamId)).Select(e => $"  {e.Version} {e.EventType} {System.Text.Json.JsonSerializer.Serialize(e.Data)}"));
        await using (var command = DataSource.CreateCommand($"SELECT id FROM {Store.SchemaPrefix}mt_streams WHERE id LIKE 'run-%'"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var run = (await Store.LoadAsync(reader.GetString(0), Run.Initial, RunStreams.Evolve)).State;
                lines.Add($"{run.Id}: {run.Status} {run.Reason} " + string.Join(", ", run.Steps.Values.Select(s => $"{s.StepId}={s.Status}#{s.Attempt}")));
            }
        }

        lines.AddRange((await Queue.ListDeadLettersAsync(null, 20, CancellationToken.None)).Select(d => $"dead letter {d.Envelope.MessageType}: {d.Failure.Message}"));
        return string.Join("\n", lines);
    }

    public string Workspace(string runId) => Path.Combine(Root, "runs", runId);

    public async Task DisposeAsync()
    {
        await StopNodeAsync();
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        await Queue.DisposeAsync();
        await Store.DisposeAsync();
        await DataSource.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
