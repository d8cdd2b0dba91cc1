using EventAgents.Domain.Runs;
using EventAgents.Engine.Runners.Containers;
using EventAgents.Engine.Runners.Sandboxing;
using EventAgents.Engine.Tests.Support;
using Docker.DotNet;
using EventAgents.Runs.Tests;
using EventAgents.Testing;

namespace EventAgents.Engine.Tests;

/// <summary>The shipped sample pipeline (samples/hello) on a real engine node whose agent steps run in containers.</summary>
public sealed class ContainerSamplePipelineTests : IAsyncLifetime
{
    private readonly string scope = "eventagents-sample-" + Guid.NewGuid().ToString("N")[..8];
    private readonly DockerClient docker = ContainerEngine.Client();
    private readonly EngineFixture<ContainerStepRunner> engine;

    public ContainerSamplePipelineTests() =>
        engine = new(sink => new ContainerStepRunner(
            docker, new ContainerRunnerOptions { Image = ContainerEngine.AgentImage, Scope = scope, Limits = new StepLimits { MemoryBytes = 512L << 20 } }, sink, TimeProvider.System));

    public Task InitializeAsync() => engine.InitializeAsync();

    public async Task DisposeAsync()
    {
        await engine.DisposeAsync();
        docker.Dispose();
    }

    [Fact]
    public async Task The_sample_pipeline_completes_with_its_agents_in_containers()
    {
        var pipeline = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "samples", "hello", "pipeline.yaml"));
        var runId = await engine.StartAsync(pipeline, new Dictionary<string, string> { ["goal"] = "print hello" });

        var run = await engine.WaitForAsync(runId, run => run.Status.IsFinished(), "the run ends", seconds: 180);

        var events = await engine.EventsAsync(runId);
        Assert.True(run.Status == RunStatus.Completed, $"run {run.Status}: {run.Reason}; steps: {string.Join(", ", run.Steps.Values.Select(s => $"{s.StepId}={s.Status}/{s.Reason}"))}");
        Assert.Equal(["plan", "implement", "test", "implement", "test", "review"], events.OfType<StepCompleted>().Select(e => e.StepId));
        Assert.Contains(events.OfType<StepOutputRecorded>(), e => e.StepId == "plan" && e.Output.Contains("hello.sh", StringComparison.Ordinal));
        var workspace = engine.Workspace(runId);
        Assert.True(File.Exists(Path.Combine(workspace, "PLAN.md")));
        Assert.Equal(2, File.ReadAllLines(Path.Combine(workspace, "attempts.txt")).Length);
        await Eventually.TrueAsync(
            async () => (await ContainerEngine.ListScopeAsync(docker, scope)).Count == 0,
            TimeSpan.FromSeconds(30), "every step's container is removed");
    }

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
