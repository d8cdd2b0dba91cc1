using EventAgents.Domain.Runs;

namespace EventAgents.Runs.Tests;

/// <summary>A step the run no longer needs (a branch a join of any skipped) has its agent stopped, not left working.</summary>
public sealed class SkippedStepTests : IAsyncLifetime
{
    private const string Race = """
        name: race
        steps:
          - id: drafts
            join: any
            parallel:
              - id: quick
                type: agent
                agent: ada
                prompt: "Draft it quickly."
                script:
                  - {tool: ask_human, args: {question: "Shall I hand in my draft?"}}
                  - {tool: complete_step, args: {result: pass}}
              - id: slow
                type: agent
                agent: bob
                prompt: "Draft it slowly."
                script:
                  - {tool: run_command, args: {command: "sleep 120"}}
                  - {tool: complete_step, args: {result: pass}}
        """;

    private readonly EngineFixture _engine = new();

    public Task InitializeAsync() => _engine.InitializeAsync();

    public Task DisposeAsync() => _engine.DisposeAsync();

    [Fact]
    public async Task The_agent_of_a_branch_skipped_by_the_join_is_stopped()
    {
        var runId = await _engine.StartAsync(Race);
        var asked = await _engine.WaitForAsync(runId, run => run.Step("quick").Question is not null, "the quick branch asks");
        await Testing.Eventually.TrueAsync(() => _engine.Agents.ProcessIdOf(runId, "slow") is not null, TimeSpan.FromSeconds(30), "the slow branch's agent runs");
        var slow = _engine.Agents.ProcessIdOf(runId, "slow")!.Value;

        await _engine.RunCommands.HandleAsync(
            new AnswerQuestion(runId, "quick", asked.Step("quick").Question!.Id, "yes", "ada", DateTimeOffset.UtcNow), "ada", default);
        var run = await _engine.WaitForAsync(runId, run => run.Status is RunStatus.Completed or RunStatus.Failed, "the run ends");
        Assert.True(run.Status == RunStatus.Completed, await _engine.DescribeAsync(EventAgents.Application.Runs.RunStreams.Id(runId)));
        Assert.Equal(StepStatus.Skipped, run.Step("slow").Status);

        // The runner forgets the process just after it has exited: wait for both.
        await Testing.Eventually.TrueAsync(
            () => !Directory.Exists($"/proc/{slow}") && _engine.Agents.ProcessIdOf(runId, "slow") is null, TimeSpan.FromSeconds(20), "the skipped branch's agent is gone");
    }
}
