using EventAgents.Application.Runs;
using EventAgents.Domain.Runs;
using EventAgents.Testing;

namespace EventAgents.Runs.Tests;

/// <summary>
/// An agent out of time says so before the engine's timer fires; one past its budget is stopped by the server; one going round
/// in circles is nudged, then stopped. Each time the reason is recorded in the run.
/// </summary>
public sealed class AgentLimitsTests : IAsyncLifetime
{
    private const string Sleeping = """
        name: sleeping
        steps:
          - id: work
            type: agent
            agent: worker
            prompt: "Wait for the build."
            timeout: {0}
            budget: {{tokens: 1000}}
            script:
              - tool: run_command
                args: {{command: "sleep 50"}}
              - tool: complete_step
                args: {{result: pass}}
        """;

    private const string Looping = """
        name: looping
        steps:
          - id: work
            type: agent
            agent: worker
            prompt: "Find the bug."
            timeout: 2m
            script:
              - {tool: list, args: {path: "."}}
              - {tool: list, args: {path: "."}}
              - {tool: list, args: {path: "."}}
              - {tool: list, args: {path: "."}}
              - {tool: list, args: {path: "."}}
              - {tool: list, args: {path: "."}}
              - {tool: list, args: {path: "."}}
              - {tool: complete_step, args: {result: pass}}
        """;

    private readonly EngineFixture _engine = new();

    public Task InitializeAsync() => _engine.InitializeAsync();

    public Task DisposeAsync() => _engine.DisposeAsync();

    [Fact]
    public async Task An_agent_out_of_wall_time_stops_itself_with_the_reason_before_the_step_times_out()
    {
        var runId = await _engine.StartAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, Sleeping, "10s"));

        var run = await _engine.WaitForAsync(runId, run => run.Status.IsFinished(), "the run ends");

        var events = await _engine.EventsAsync(runId);
        var failed = Assert.Single(events.OfType<StepFailed>());
        Assert.True(failed.Reason.StartsWith("time budget exhausted: ", StringComparison.Ordinal), await _engine.DescribeAsync(RunStreams.Id(runId)));
        Assert.Matches(@" of [5-9]s$", failed.Reason); // 9 s, less what the agent took to start
        Assert.Empty(events.OfType<StepTimedOut>());
        Assert.Equal(RunStatus.Failed, run.Status);
    }

    [Fact]
    public async Task A_model_call_past_the_steps_budget_stops_the_running_agent()
    {
        var runId = await _engine.StartAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, Sleeping, "2m"));
        await _engine.WaitForAsync(runId, run => run.Step("work").ModelCalls.Count > 0, "the agent calls its model");

        // As an agent would report a call its own budget manager let through.
        var call = new ModelCallRecord(99, "local/big", "[]", "[]", 1500, 0, 200, 0.02m, 900);
        Assert.Null((await _engine.RunCommands.HandleAsync(new RecordModelCall(runId, "work", 1, call, DateTimeOffset.UtcNow), "agent", default)).Error);

        var run = await _engine.WaitForAsync(runId, run => run.Status.IsFinished(), "the run ends");
        var events = await _engine.EventsAsync(runId);
        var exceeded = Assert.Single(events.OfType<StepBudgetExceeded>());
        Assert.Equal(("tokens", "token budget exhausted: 1,700 of 1,000 tokens"), (exceeded.Limit, exceeded.Message));
        Assert.Equal("token budget exhausted: 1,700 of 1,000 tokens", Assert.Single(events.OfType<StepFailed>()).Reason);
        Assert.Equal(RunStatus.Failed, run.Status);
        await Eventually.TrueAsync(() => Task.FromResult(_engine.Agents.ProcessIdOf(runId, "work") is null), TimeSpan.FromSeconds(20), "the agent is stopped");
        Assert.DoesNotContain(await _engine.EventsAsync(runId), e => e is StepToolCalled { Tool: "run_command" });
    }

    [Fact]
    public async Task An_agent_repeating_the_same_call_is_nudged_then_stopped_with_the_reason_recorded()
    {
        var runId = await _engine.StartAsync(Looping);

        var run = await _engine.WaitForAsync(runId, run => run.Status.IsFinished(), "the run ends");

        var events = await _engine.EventsAsync(runId);
        var failed = Assert.Single(events.OfType<StepFailed>());
        Assert.True(failed.Reason.StartsWith("stuck: the same call list", StringComparison.Ordinal), await _engine.DescribeAsync(RunStreams.Id(runId)));
        // The nudge reached the model: a later call's messages carry it (calls are recorded even when handled after the failure).
        await Eventually.TrueAsync(
            async () => (await _engine.EventsAsync(runId)).OfType<StepModelCalled>().Any(call => call.MessagesIn.Contains("You seem to be stuck", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(20), "a model call after the nudge is recorded");
        Assert.DoesNotContain(events.OfType<StepToolCalled>(), call => call.Tool == "complete_step");
        Assert.Equal(RunStatus.Failed, run.Status);
    }
}
