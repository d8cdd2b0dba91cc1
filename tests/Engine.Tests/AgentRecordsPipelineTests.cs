using System.Security.Cryptography;
using EventAgents.Application.Common;
using EventAgents.Application.Pipelines.Defining;
using EventAgents.Application.Runs;
using EventAgents.Application.Runs.Starting;
using EventAgents.Application.Steps.Running;
using EventAgents.Domain.Runs;
using EventAgents.Engine.AgentApi;
using EventAgents.Engine.Runners.LocalProcess;
using EventAgents.Engine.Runs;
using EventAgents.Engine.Workspaces;
using EventAgents.Engine.Workspaces.GitWorkspaces;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.Messaging;
using EventAgents.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EventAgents.Engine.Tests;

/// <summary>
/// Real agent processes on a real engine node over PostgreSQL: their model and tool calls become run events, and a stuck
/// agent's reason becomes the step's failure. The engine may handle reports out of order, so records are ordered by their number.
/// </summary>
public sealed class AgentRecordsPipelineTests : IAsyncLifetime
{
    private const string Pipeline = """
        name: records
        steps:
          - id: build
            type: agent
            agent: engineer
            prompt: "Write the notes."
            budget: {tokens: 10000}
            script:
              - tool: write_file
                args: {path: notes.txt, content: "hello"}
              - tool: read_file
                args: {path: notes.txt}
              - tool: complete_step
                args: {result: pass, output: "notes written"}
          - id: spin
            type: agent
            agent: engineer
            prompt: "Read the notes."
            script:
              - {tool: read_file, args: {path: notes.txt}}
              - {tool: read_file, args: {path: notes.txt}}
              - {tool: read_file, args: {path: notes.txt}}
              - {tool: read_file, args: {path: notes.txt}}
              - {tool: read_file, args: {path: notes.txt}}
              - {tool: read_file, args: {path: notes.txt}}
              - {tool: read_file, args: {path: notes.txt}}
        """;

    private readonly CancellationTokenSource stop = new();
    private readonly string root = Path.Combine(Path.GetTempPath(), "eventagents-records-" + Guid.NewGuid().ToString("N")[..8]);
    private NpgsqlDataSource dataSource = null!;
    private EventStore store = null!;
    private PostgresQueue queue = null!;
    private WebApplication api = null!;
    private LocalProcessStepRunner agents = null!;
    private CommandStepRunner commands = null!;
    private Task running = Task.CompletedTask;

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(await PostgresServer.CreateDatabaseAsync("records"));
        store = new EventStore(dataSource, DomainEventRegistry.Create());
        await store.MigrateAsync();
        queue = new PostgresQueue(dataSource);
        await queue.MigrateAsync();
        var bus = EngineNode.CreateBus(queue, TimeProvider.System);
        var sink = new EngineReportSink(bus);
        var tokens = new StepTokens(RandomNumberGenerator.GetBytes(32), TimeProvider.System);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IAgentReportSink>(sink);
        builder.Services.AddSingleton(tokens);
        api = builder.Build();
        api.MapAgentReports();
        await api.StartAsync();

        agents = new LocalProcessStepRunner(new LocalProcessRunnerOptions(), sink, TimeProvider.System);
        commands = new CommandStepRunner(sink);
        var workspaces = new RunWorkspaces(root, new GitCli(), ProjectRepositories.From(store));
        var execution = new StepExecution(store, workspaces, agents, commands, new AgentLaunchSettings(new Uri(api.Urls.First()), tokens, TimeSpan.FromHours(1)));
        running = new EngineNode(store, queue, execution, TimeProvider.System).RunAsync(stop.Token);
    }

    [Fact]
    public async Task Model_and_tool_calls_are_run_events_and_a_stuck_agent_fails_its_step_with_the_reason()
    {
        var parsed = PipelineYaml.Parse(Pipeline);
        Assert.Empty(parsed.Errors);
        var (runId, error) = await new RunStarter(store, TimeProvider.System).StartAsync(
            "project-1", "pipeline-1", 1, parsed.Definition!, new Dictionary<string, string>(), "tests", CancellationToken.None);
        Assert.Null(error);

        var run = Run.Initial;
        await Eventually.TrueAsync(
            async () => (run = await LoadAsync(runId!)).Status is RunStatus.Completed or RunStatus.Failed or RunStatus.Cancelled,
            TimeSpan.FromSeconds(120), "the run ends");

        // An agent's last records may be handled after the run ended; they are still recorded.
        var events = new List<object>();
        await Eventually.TrueAsync(
            async () => (events = await EventsAsync(runId!)).OfType<StepToolCalled>().Count(e => e.StepId == "spin") == 6
                && events.OfType<StepModelCalled>().Count(e => e.StepId == "build") == 3 && events.OfType<StepToolCalled>().Count(e => e.StepId == "build") == 3,
            TimeSpan.FromSeconds(30), "every record of both steps");
        Assert.Equal(RunStatus.Failed, run.Status);
        var models = events.OfType<StepModelCalled>().Where(e => e.StepId == "build").OrderBy(e => e.Sequence).ToList();
        Assert.Equal([1, 2, 3], models.Select(e => e.Sequence));
        Assert.All(models, e => Assert.Equal("scripted/scripted", e.Model));
        Assert.Contains("Write the notes.", models[0].MessagesIn, StringComparison.Ordinal);
        var tools = events.OfType<StepToolCalled>().Where(e => e.StepId == "build").OrderBy(e => e.Sequence).ToList();
        Assert.Equal(["write_file", "read_file", "complete_step"], tools.Select(e => e.Tool));
        Assert.Equal("hello", tools[1].Result);
        Assert.All(tools, e => Assert.False(e.IsError));
        Assert.Contains(events.OfType<StepCompleted>(), e => e.StepId == "build");

        const string Reason = """stuck: the same call read_file {"path":"notes.txt"} was made 3 times in a row""";
        Assert.Contains(events.OfType<StepFailed>(), e => e.StepId == "spin" && e.Reason == Reason);
        Assert.Equal(6, events.OfType<StepToolCalled>().Count(e => e.StepId == "spin"));
        Assert.Contains(events.OfType<StepOutputRecorded>(), e => e.StepId == "spin" && e.Output.StartsWith("[nudged: stuck", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        await stop.CancelAsync();
        await running.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await agents.DisposeAsync();
        await commands.DisposeAsync();
        await api.StopAsync();
        await api.DisposeAsync();
        await queue.DisposeAsync();
        await store.DisposeAsync();
        await dataSource.DisposeAsync();
        stop.Dispose();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<List<object>> EventsAsync(string runId) => [.. (await store.ReadStreamAsync(RunStreams.Id(runId))).Select(e => e.Data)];

    private async Task<Run> LoadAsync(string runId) => (await store.LoadAsync(RunStreams.Id(runId), Run.Initial, RunStreams.Evolve)).State;
}
