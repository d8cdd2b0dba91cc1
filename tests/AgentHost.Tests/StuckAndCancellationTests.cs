using EventAgents.AgentHost.Configuration;
using EventAgents.AgentHost.Loop;
using EventAgents.AgentHost.Tests.Support;
using EventAgents.Platform.Llm.Scripted;
using EventAgents.Testing;
using EventAgents.Tests.Support;

namespace EventAgents.AgentHost.Tests;

public sealed class StuckAndCancellationTests : IDisposable
{
    private readonly TempGitRepository repository = new();

    [Fact]
    public async Task The_same_call_repeated_gets_a_nudge_then_a_stop()
    {
        var (outcome, reports) = await ScriptedAgent.RunAsync(repository.Path,
            [.. Enumerable.Repeat(ScriptedTurn.Call("read_file", new { path = "README.md" }), 10)]);

        const string Reason = """stuck: the same call read_file {"path":"README.md"} was made 3 times in a row""";
        Assert.Equal(Reason, outcome.FailureReason);
        Assert.Equal(Reason, reports.Failure);
        Assert.Equal([$"[nudged: {Reason}]\n"], reports.Outputs);
        Assert.Equal(6, reports.ToolCalls.Count);
    }

    [Fact]
    public async Task Turns_without_progress_get_a_nudge_then_a_stop()
    {
        var read = ScriptedTurn.Call("read_file", new { path = "README.md" });
        var list = ScriptedTurn.Call("list");
        var (_, reports) = await ScriptedAgent.RunAsync(repository.Path, [read, list, read, list, read, list, read, list], stuck: new StuckSettings(Repeats: 5, IdleTurns: 2));

        const string Reason = "stuck: no progress (no file change, no new tool result) in 2 turns";
        Assert.Equal(Reason, reports.Failure);
        Assert.Equal([$"[nudged: {Reason}]\n"], reports.Outputs);
        Assert.Equal(6, reports.ToolCalls.Count);
    }

    [Fact]
    public async Task Changing_files_is_progress_even_with_the_same_results()
    {
        var turns = Enumerable.Range(0, 6).Select(n => ScriptedTurn.Call("write_file", new { path = "counter.txt", content = $"{n}" }));
        var (outcome, reports) = await ScriptedAgent.RunAsync(repository.Path,
            [.. turns, ScriptedTurn.Call("complete_step", new { result = "pass" })], stuck: new StuckSettings(Repeats: 3, IdleTurns: 2));

        Assert.Equal(0, outcome.ExitCode);
        Assert.Empty(reports.Outputs);
    }

    [Fact]
    public async Task A_cancelled_token_stops_a_running_command_and_reports_a_clear_failure()
    {
        using var cancel = new CancellationTokenSource();
        var marker = Path.Combine(repository.Path, "started");
        var running = ScriptedAgent.RunAsync(repository.Path,
            [ScriptedTurn.Call("run_command", new { command = "touch started; sleep 60; touch finished" }), ScriptedTurn.Call("complete_step", new { result = "pass" })],
            ct: cancel.Token);
        await Eventually.TrueAsync(() => File.Exists(marker), TimeSpan.FromSeconds(30), "the command to start");

        await cancel.CancelAsync();
        var (outcome, reports) = await running;

        Assert.Equal(AgentLoop.Stopped, outcome.FailureReason);
        Assert.Equal(AgentLoop.Stopped, reports.Failure);
        Assert.Null(reports.Completion);
        Assert.False(File.Exists(Path.Combine(repository.Path, "finished")));
    }

    public void Dispose() => repository.Dispose();
}
