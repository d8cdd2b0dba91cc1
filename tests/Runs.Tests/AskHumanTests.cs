using EventAgents.Domain.Runs;

namespace EventAgents.Runs.Tests;

/// <summary>
/// A scripted agent asks a person through ask_human, waits with its clocks stopped (and its step token renewed), and goes on
/// with the answer.
/// </summary>
public sealed class AskHumanTests : IAsyncLifetime
{
    private const string Asking = """
        name: asking
        steps:
          - id: design
            type: agent
            agent: architect
            prompt: "Design the storage."
            timeout: 8s
            script:
              - tool: ask_human
                args: {question: "Which database should the service use?"}
              - tool: ask_human
                args: {question: ""}
              - tool: complete_step
                args: {result: pass, output: "designed"}
        """;

    // The agent's first step token runs out while it waits: only the renewed one the answer brings lets it report.
    private readonly EngineFixture _engine = new(tokenLifetime: TimeSpan.FromSeconds(6));

    public Task InitializeAsync() => _engine.InitializeAsync();

    public Task DisposeAsync() => _engine.DisposeAsync();

    [Fact]
    public async Task The_agent_waits_past_its_timeout_and_its_token_for_the_answer_and_gets_it()
    {
        var runId = await _engine.StartAsync(Asking);
        var asked = await _engine.WaitForAsync(runId, run => run.Step("design").Question is not null, "the agent asks");
        var question = asked.Step("design").Question!;
        Assert.Equal("Which database should the service use?", question.Text);

        // Longer than the step's 8 s timeout: neither the engine nor the agent's budget counts the wait.
        await Task.Delay(TimeSpan.FromSeconds(10));
        Assert.True((await _engine.LoadAsync(runId)).Status == RunStatus.Running, await _engine.DescribeAsync(EventAgents.Application.Runs.RunStreams.Id(runId)));

        var answered = await _engine.RunCommands.HandleAsync(
            new AnswerQuestion(runId, "design", question.Id, "PostgreSQL 16, one schema per tenant.", "ada", DateTimeOffset.UtcNow), "ada", default);
        Assert.Null(answered.Error);

        var run = await _engine.WaitForAsync(runId, run => run.Status is RunStatus.Completed or RunStatus.Failed, "the run ends");
        Assert.True(run.Status == RunStatus.Completed, await _engine.DescribeAsync(EventAgents.Application.Runs.RunStreams.Id(runId)));
        var events = await _engine.EventsAsync(runId);
        var calls = events.OfType<StepToolCalled>().Where(call => call.Tool == "ask_human").ToList();
        Assert.Equal(2, calls.Count);
        Assert.False(calls[0].IsError, calls[0].Result);
        Assert.Equal("ada answered: PostgreSQL 16, one schema per tenant.", calls[0].Result);
        Assert.True(calls[1].IsError);
        Assert.Contains("'question' must have 1 to", calls[1].Result, StringComparison.Ordinal);
        Assert.Single(events.OfType<StepQuestionAsked>());
        var answer = Assert.Single(events.OfType<StepQuestionAnswered>());
        Assert.True(answer.Deadline > asked.Step("design").DueAt, "the answer moves the deadline on");
        Assert.Empty(events.OfType<StepTimedOut>());
    }
}
