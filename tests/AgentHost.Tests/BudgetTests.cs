using EventAgents.AgentHost.Configuration;
using EventAgents.AgentHost.Loop;
using EventAgents.AgentHost.Tests.Support;
using EventAgents.AgentHost.Tools;
using EventAgents.Platform.Llm.Scripted;
using EventAgents.Tests.Support;

namespace EventAgents.AgentHost.Tests;

public sealed class BudgetTests : IAsyncLifetime
{
    private readonly TempGitRepository repository = new();
    private FakeOpenAIServer server = null!;

    public async Task InitializeAsync() => server = await FakeOpenAIServer.StartAsync(ModelAgent.Key);

    [Fact]
    public async Task The_token_budget_warns_at_80_percent_and_stops_the_agent_when_used_up()
    {
        server.Enqueue(
            new FakeAnswer("Reading.", [("c1", "read_file", """{"path":"README.md"}""")], InputTokens: 8000, OutputTokens: 200),
            new FakeAnswer(null, [("c2", "list", "{}")], InputTokens: 2000, OutputTokens: 40),
            new FakeAnswer(null, [("c3", "complete_step", """{"result":"pass"}""")]));

        var (outcome, reports) = await ModelAgent.RunAsync(repository.Path, server, new AgentBudget(Tokens: 10_000));

        Assert.Equal("token budget exhausted: 10,240 of 10,000 tokens", outcome.FailureReason);
        Assert.Equal("token budget exhausted: 10,240 of 10,000 tokens", reports.Failure);
        Assert.Equal([("tokens", "token budget at 82%: 8,200 of 10,000 tokens")], reports.BudgetWarnings);
        Assert.Equal(["read_file"], reports.ToolCalls.Select(call => call.Tool));
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Each_model_call_is_recorded_with_its_tokens_and_cost()
    {
        server.Enqueue(
            new FakeAnswer("Reading.", [("c1", "read_file", """{"path":"README.md"}""")], InputTokens: 1000, OutputTokens: 100),
            new FakeAnswer(null, [("c2", "complete_step", """{"result":"pass"}""")], InputTokens: 1200, OutputTokens: 20));

        var (outcome, reports) = await ModelAgent.RunAsync(repository.Path, server);

        Assert.Equal(0, outcome.ExitCode);
        var calls = reports.ModelCalls.ToArray();
        Assert.Equal([1, 2], calls.Select(call => call.Sequence));
        Assert.All(calls, call => Assert.Equal("local/m", call.Model));
        Assert.Equal((1000L, 100L, (1000 * 1m + 100 * 2m) / 1_000_000m), (calls[0].InputTokens, calls[0].OutputTokens, calls[0].CostUsd));
        Assert.Equal((1200L, 20L, (1200 * 1m + 20 * 2m) / 1_000_000m), (calls[1].InputTokens, calls[1].OutputTokens, calls[1].CostUsd));
        Assert.Contains("\"role\":\"system\"", calls[0].MessagesInJson, StringComparison.Ordinal);
        Assert.Contains("Do the work.", calls[0].MessagesInJson, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"read_file\"", calls[0].MessagesOutJson, StringComparison.Ordinal);
        Assert.DoesNotContain("\"role\":\"system\"", calls[1].MessagesInJson, StringComparison.Ordinal);
        Assert.Contains("# test repository", calls[1].MessagesInJson, StringComparison.Ordinal);
        var tool = Assert.Single(reports.ToolReports, report => report.Tool == "read_file");
        Assert.Equal((1, false), (tool.Sequence, tool.IsError));
    }

    [Fact]
    public async Task The_cost_budget_stops_the_agent_with_the_amounts()
    {
        server.Enqueue(
            new FakeAnswer(null, [("c1", "list", "{}")], InputTokens: 600_000, OutputTokens: 100_000),
            new FakeAnswer(null, [("c2", "list", """{"depth":2}""")], InputTokens: 200_000, OutputTokens: 50_000));

        var (_, reports) = await ModelAgent.RunAsync(repository.Path, server, new AgentBudget(Usd: 1m));

        Assert.Equal([("cost", "cost budget at 80%: $0.80 of $1.00")], reports.BudgetWarnings);
        Assert.Equal("cost budget exhausted: $1.10 of $1.00", reports.Failure);
    }

    [Fact]
    public async Task The_iteration_budget_warns_then_stops_the_scripted_agent()
    {
        var (_, reports) = await ScriptedAgent.RunAsync(repository.Path,
            [.. Enumerable.Range(0, 10).Select(n => ScriptedTurn.Call("write_file", new { path = $"f{n}.txt", content = "x" }))],
            budget: new AgentBudget(Iterations: 5));

        Assert.Equal([("iterations", "iteration budget at 80%: 4 of 5 iterations")], reports.BudgetWarnings);
        Assert.Equal("iteration budget exhausted: 5 of 5 iterations", reports.Failure);
        Assert.Equal(4, reports.ToolCalls.Count);
    }

    [Fact]
    public async Task The_wall_time_budget_stops_a_long_command()
    {
        var (outcome, reports) = await ScriptedAgent.RunAsync(repository.Path,
            [ScriptedTurn.Call("run_command", new { command = "sleep 30" }), ScriptedTurn.Call("complete_step", new { result = "pass" })],
            budget: new AgentBudget(WallSeconds: 1));

        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith("time budget exhausted: ", reports.Failure, StringComparison.Ordinal);
        Assert.EndsWith(" of 1s", reports.Failure, StringComparison.Ordinal);
        Assert.Null(reports.Completion);
    }

    [Fact]
    public async Task Waiting_for_a_person_does_not_use_up_the_wall_time()
    {
        var waits = new HumanWaits(TimeProvider.System);
        var person = new ToolFunction("wait_for_person", "Waits for a person.", """{"type":"object","properties":{}}""", async (_, ct) =>
        {
            using (waits.Begin())
            {
                await Task.Delay(TimeSpan.FromSeconds(3), ct);
            }

            return "answered";
        });

        var (outcome, reports) = await ScriptedAgent.RunAsync(repository.Path,
            [ScriptedTurn.Call("wait_for_person", new { }), ScriptedTurn.Call("complete_step", new { result = "pass" })],
            budget: new AgentBudget(WallSeconds: 2), extra: [person], waits: waits);

        Assert.True(outcome.ExitCode == 0, reports.Failure);
        Assert.Equal("pass", reports.Completion?.Result);
        Assert.DoesNotContain(reports.BudgetWarnings, warning => warning.Limit == "time");
        Assert.InRange(waits.Total, TimeSpan.FromSeconds(2.5), TimeSpan.FromMinutes(1)); // a 3 s delay, as timers round
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        repository.Dispose();
    }
}
