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
}
