using EventAgents.Domain.Runs;

namespace EventAgents.Runs.Tests;

/// <summary>The shipped sample pipeline, with agent processes playing their scripts against the report API.</summary>
public sealed class SamplePipelineTests : IAsyncLifetime
{
    private readonly EngineFixture _engine = new();

    public Task InitializeAsync() => _engine.InitializeAsync();

    public Task DisposeAsync() => _engine.DisposeAsync();

    private static string SamplePipeline()
    {
        var folder = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(folder, "EventAgents.sln")))
        {
            folder = Path.GetDirectoryName(folder) ?? throw new InvalidOperationException("The repository root was not found.");
        }

        return File.ReadAllText(Path.Combine(folder, "samples", "hello", "pipeline.yaml"));
    }

    [Fact]
    public async Task The_sample_pipeline_completes_with_its_loop_taken_once()
    {
        var runId = await _engine.StartAsync(SamplePipeline(), new Dictionary<string, string> { ["goal"] = "print hello" });

        var run = await _engine.WaitForAsync(runId, r => r.Status is RunStatus.Completed or RunStatus.Failed or RunStatus.Cancelled, "the run ends", seconds: 120);

        var events = await _engine.EventsAsync(runId);
        Assert.True(run.Status == RunStatus.Completed, $"run {run.Status}: {run.Reason}; steps: {string.Join(", ", run.Steps.Values.Select(s => $"{s.StepId}={s.Status}/{s.Reason}"))}");
        Assert.Equal(["plan", "implement", "test", "implement", "test", "review"], events.OfType<StepCompleted>().Select(e => e.StepId));
        Assert.Equal(["fail", "pass"], events.OfType<StepCompleted>().Where(e => e.StepId == "test").Select(e => e.Result));
        Assert.Contains(events.OfType<StepOutputRecorded>(), e => e.StepId == "plan" && e.Output.Contains("hello.sh", StringComparison.Ordinal));
        var workspace = _engine.Workspace(runId);
        Assert.True(File.Exists(Path.Combine(workspace, "PLAN.md")));
        Assert.Equal(2, File.ReadAllLines(Path.Combine(workspace, "attempts.txt")).Length);
    }

    [Fact]
    public async Task Cancelling_a_run_stops_its_agent_process()
    {
        var runId = await _engine.StartAsync("""
            name: long-agent
            steps:
              - id: work
                type: agent
                agent: engineer
                prompt: work
                script:
                  - tool: run_command
                    args: {command: "sleep 60"}
                  - tool: complete_step
                    args: {result: pass}
            """);
        await _engine.WaitForAsync(runId, r => r.Step("work").Status == StepStatus.Running, "the agent step runs");
        await Testing.Eventually.TrueAsync(() => _engine.Agents.ProcessIdOf(runId, "work") is not null, TimeSpan.FromSeconds(30), "the agent process runs");
        var pid = _engine.Agents.ProcessIdOf(runId, "work")!.Value;

        await _engine.RunCommands.HandleAsync(new CancelRun(runId, "ada", "stop", DateTimeOffset.UtcNow), "ada", CancellationToken.None);

        await Testing.Eventually.TrueAsync(() => !Directory.Exists($"/proc/{pid}"), TimeSpan.FromSeconds(20), "the agent process is gone");
        Assert.Equal(RunStatus.Cancelled, (await _engine.LoadAsync(runId)).Status);
    }
}
