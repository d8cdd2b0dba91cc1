using EventAgents.Domain.Runs;
using EventAgents.Runs.Tests;
using EventAgents.Testing;

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

    private readonly EngineFixture engine = new();

    public Task InitializeAsync() => engine.InitializeAsync();

    public Task DisposeAsync() => engine.DisposeAsync();

    [Fact]
    public async Task Model_and_tool_calls_are_run_events_and_a_stuck_agent_fails_its_step_with_the_reason()
    {
        var runId = await engine.StartAsync(Pipeline);

        var run = await engine.WaitForAsync(runId, run => run.Status.IsFinished(), "the run ends", seconds: 120);

        // An agent's last records may be handled after the run ended; they are still recorded.
        IReadOnlyList<object> events = [];
        await Eventually.TrueAsync(
            async () => (events = await engine.EventsAsync(runId)).OfType<StepToolCalled>().Count(e => e.StepId == "spin") == 6
                && events.OfType<StepModelCalled>().Count(e => e.StepId == "build") == 3 && events.OfType<StepToolCalled>().Count(e => e.StepId == "build") == 3
                && events.OfType<StepOutputRecorded>().Any(e => e.StepId == "spin"),
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
}
