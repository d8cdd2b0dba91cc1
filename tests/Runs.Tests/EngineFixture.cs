using EventAgents.Application;
using EventAgents.Application.Pipelines.Defining;
using EventAgents.Application.Runs;
using EventAgents.Application.Runs.Commanding;
using EventAgents.Application.Runs.Starting;
using EventAgents.Application.Steps.Running;
using EventAgents.Domain.Runs;
using EventAgents.Engine;
using EventAgents.Engine.AgentApi;
using EventAgents.Engine.Runners.LocalProcess;
using EventAgents.Engine.Runs;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.Messaging;
using EventAgents.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EventAgents.Runs.Tests;

/// <summary>
/// A running engine node over a fresh database: real PostgreSQL, real git, real child processes, agents as local processes.
/// Agents' step tokens live <paramref name="tokenLifetime"/> (as the server's unless a test needs them to run out).
/// </summary>
public sealed class EngineFixture(TimeSpan? tokenLifetime = null) : EngineFixture<LocalProcessStepRunner>(
    sink => new LocalProcessStepRunner(new LocalProcessRunnerOptions(), sink, TimeProvider.System), tokenLifetime);

/// <summary>
/// A running engine, composed as the server composes it (its agent API on Kestrel, the engine node), over a fresh database;
/// its agent steps run on the runner <paramref name="createAgents"/> makes (one for each start of the node, given the node's
/// report sink). Agents' step tokens live <paramref name="tokenLifetime"/> (as the server's unless a test needs them to run out).
/// </summary>
public class EngineFixture<TAgents>(Func<IAgentReportSink, TAgents> createAgents, TimeSpan? tokenLifetime = null) : IAsyncLifetime
    where TAgents : IStepRunner, IAsyncDisposable
{
    private readonly StepRunnerFactory<TAgents> _agents = new(createAgents);
    private WebApplication _app = null!;

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public EventStore Store => _app.Services.GetRequiredService<EventStore>();

    public PostgresQueue Queue => _app.Services.GetRequiredService<PostgresQueue>();

    public RunCommands RunCommands => _app.Services.GetRequiredService<RunCommands>();

    /// <summary>The runner of the node's latest start.</summary>
    public TAgents Agents => _agents.Current!;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "eventagents-runs-" + Guid.NewGuid().ToString("N")[..8]);

    public async Task InitializeAsync()
    {
        DataSource = NpgsqlDataSource.Create(await PostgresServer.CreateDatabaseAsync("runs"));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(DataSource)
            .AddEventAgentsEventStore()
            .AddApplicationCommands()
            .AddPostgresQueue()
            .AddEngine(engine =>
            {
                engine.WorkspaceRoot = Root;
                engine.StepTokenLifetime = tokenLifetime ?? engine.StepTokenLifetime;
            })
            .AddSingleton<IStepRunnerFactory>(_agents);
        _app = builder.Build();
        _app.MapAgentApi();
        await _app.StartAsync();
    }

    /// <summary>
    /// Stops the engine node as a shutdown would (its agents, command steps' included, are killed without a report), then starts a new
    /// one that reconciles first, as the server does at start-up; returns how many steps were launched again.
    /// </summary>
    public async Task<int> RestartNodeAsync()
    {
        var node = _app.Services.GetRequiredService<EngineNodeService>();
        await node.StopNodeAsync(CancellationToken.None);
        return await node.StartNodeAsync(CancellationToken.None);
    }

    /// <summary>Parses a pipeline and starts a run of it.</summary>
    public async Task<string> StartAsync(string yaml, IReadOnlyDictionary<string, string>? inputs = null, string projectId = "project-1")
    {
        var parsed = PipelineYaml.Parse(yaml);
        Assert.True(parsed.Definition is not null, string.Join("\n", parsed.Errors.Select(e => e.ToString())));
        var (runId, error) = await _app.Services.GetRequiredService<RunStarter>().StartAsync(
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
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (DataSource is not null)
        {
            await DataSource.DisposeAsync();
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
