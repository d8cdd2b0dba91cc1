using System.Security.Cryptography;
using EventAgents.Application.Common;
using EventAgents.Application.Pipelines.Defining;
using EventAgents.Application.Runs;
using EventAgents.Application.Runs.Starting;
using EventAgents.Application.Steps.Running;
using EventAgents.Domain.Runs;
using EventAgents.Engine.AgentApi;
using EventAgents.Engine.Runners.Containers;
using EventAgents.Engine.Runs;
using EventAgents.Engine.Tests.Support;
using EventAgents.Engine.Workspaces;
using EventAgents.Engine.Workspaces.GitWorkspaces;
using EventAgents.Platform.Docker;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.Messaging;
using EventAgents.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EventAgents.Engine.Tests;

/// <summary>The shipped sample pipeline (samples/hello) on a real engine node whose agent steps run in containers.</summary>
public sealed class ContainerSamplePipelineTests : IAsyncLifetime
{
    private readonly CancellationTokenSource stop = new();
    private readonly string root = Path.Combine(Path.GetTempPath(), "eventagents-containers-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string scope = "eventagents-sample-" + Guid.NewGuid().ToString("N")[..8];
    private readonly DockerClient docker = ContainerEngine.Client();
    private NpgsqlDataSource dataSource = null!;
    private EventStore store = null!;
    private PostgresQueue queue = null!;
    private WebApplication api = null!;
    private ContainerStepRunner agents = null!;
    private CommandStepRunner commands = null!;
    private Task running = Task.CompletedTask;

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(await PostgresServer.CreateDatabaseAsync("containers"));
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

        agents = new ContainerStepRunner(docker, new ContainerRunnerOptions { Image = ContainerEngine.AgentImage, Scope = scope, MemoryBytes = 512L << 20 }, sink, TimeProvider.System);
        commands = new CommandStepRunner(sink);
        var workspaces = new RunWorkspaces(root, new GitCli(), ProjectRepositories.From(store));
        var execution = new StepExecution(store, workspaces, agents, commands, new AgentLaunchSettings(new Uri(api.Urls.First()), tokens, TimeSpan.FromHours(1)));
        running = new EngineNode(store, queue, execution, TimeProvider.System).RunAsync(stop.Token);
    }

    [Fact]
    public async Task The_sample_pipeline_completes_with_its_agents_in_containers()
    {
        var parsed = PipelineYaml.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "samples", "hello", "pipeline.yaml")));
        var (runId, error) = await new RunStarter(store, TimeProvider.System).StartAsync(
            "project-1", "pipeline-1", 1, parsed.Definition!, new Dictionary<string, string> { ["goal"] = "print hello" }, "tests", CancellationToken.None);
        Assert.Null(error);

        var run = Run.Initial;
        await Eventually.TrueAsync(
            async () => (run = await LoadAsync(runId!)).Status is RunStatus.Completed or RunStatus.Failed or RunStatus.Cancelled,
            TimeSpan.FromSeconds(180), "the run ends");

        var events = (await store.ReadStreamAsync(RunStreams.Id(runId!))).Select(e => e.Data).ToList();
        Assert.True(run.Status == RunStatus.Completed, $"run {run.Status}: {run.Reason}; steps: {string.Join(", ", run.Steps.Values.Select(s => $"{s.StepId}={s.Status}/{s.Reason}"))}");
        Assert.Equal(["plan", "implement", "test", "implement", "test", "review"], events.OfType<StepCompleted>().Select(e => e.StepId));
        Assert.Contains(events.OfType<StepOutputRecorded>(), e => e.StepId == "plan" && e.Output.Contains("hello.sh", StringComparison.Ordinal));
        var workspace = Path.Combine(root, "runs", runId!);
        Assert.True(File.Exists(Path.Combine(workspace, "PLAN.md")));
        Assert.Equal(2, File.ReadAllLines(Path.Combine(workspace, "attempts.txt")).Length);
        await Eventually.TrueAsync(
            async () => (await docker.ListContainersAsync(new Dictionary<string, string> { [ContainerLabels.Managed] = scope }, all: true, CancellationToken.None)).Count == 0,
            TimeSpan.FromSeconds(30), "every step's container is removed");
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
        docker.Dispose();
        stop.Dispose();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<Run> LoadAsync(string runId) => (await store.LoadAsync(RunStreams.Id(runId), Run.Initial, RunStreams.Evolve)).State;

    private static string RepositoryRoot()
    {
        var folder = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(folder, "EventAgents.sln")))
        {
            folder = Path.GetDirectoryName(folder) ?? throw new InvalidOperationException("The repository root was not found.");
        }

        return folder;
    }
}
