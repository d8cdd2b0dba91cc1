using System.Text.Json;
using EventAgents.Platform.Llm.Scripted;
using EventAgents.AgentHost.Tests.Support;
using EventAgents.Tests.Support;

namespace EventAgents.AgentHost.Tests;

public sealed class ScriptedAgentTests
{
    [Fact]
    public async Task Every_tool_runs_end_to_end_in_a_git_workspace_and_the_step_completes()
    {
        using var repository = new TempGitRepository();
        var (outcome, reports) = await ScriptedAgent.RunAsync(repository.Path,
        [
            ScriptedTurn.Call("write_file", new { path = "src/hello.txt", content = "hello from the agent\n" }),
            ScriptedTurn.Call("read_file", new { path = "src/hello.txt" }),
            new ScriptedTurn("run_command", JsonSerializer.SerializeToElement(new { command = "git add -A && git commit -q -m agent && git rev-list --count HEAD" }), "Committing."),
            ScriptedTurn.Call("complete_step", new { result = "pass", output = new { files = 1 } }),
        ]);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("hello from the agent\n", File.ReadAllText(Path.Combine(repository.Path, "src", "hello.txt")));
        Assert.Equal("2", repository.Git("rev-list", "--count", "HEAD"));
        Assert.Equal("", repository.Git("status", "--porcelain"));
        var calls = reports.ToolCalls.ToArray();
        Assert.Equal(new[] { "write_file", "read_file", "run_command", "complete_step" }, calls.Select(call => call.Tool));
        Assert.Contains("Wrote 21 bytes to src/hello.txt", calls[0].Result, StringComparison.Ordinal);
        Assert.Equal("hello from the agent\n", calls[1].Result);
        Assert.Equal("Exit code 0.\n2\n", calls[2].Result);
        Assert.Contains("\"path\":\"src/hello.txt\"", calls[0].Arguments, StringComparison.Ordinal);
        Assert.Equal(new[] { "Committing." }, reports.Outputs);
        Assert.Equal(("pass", """{"files":1}"""), reports.Completion);
        Assert.Null(reports.Failure);
    }

    [Fact]
    public async Task A_script_that_ends_without_complete_step_fails_the_step()
    {
        using var repository = new TempGitRepository();
        var (outcome, reports) = await ScriptedAgent.RunAsync(repository.Path, [ScriptedTurn.Call("read_file", new { path = "README.md" })]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Null(reports.Completion);
        Assert.Equal("The model stopped without calling complete_step.", reports.Failure);
        Assert.Contains(ScriptedChatClient.EndOfScript, reports.Outputs);
    }

    [Fact]
    public async Task A_refused_call_is_told_to_the_model_and_the_agent_goes_on()
    {
        using var repository = new TempGitRepository();
        var outside = Path.Combine(Path.GetDirectoryName(repository.Path)!, $"escape-{Guid.NewGuid():N}.txt");
        var (outcome, reports) = await ScriptedAgent.RunAsync(repository.Path,
        [
            ScriptedTurn.Call("write_file", new { path = $"../{Path.GetFileName(outside)}", content = "out" }),
            ScriptedTurn.Call("no_such_tool"),
            ScriptedTurn.Call("write_file", new { path = "x.txt" }),
            ScriptedTurn.Call("complete_step", new { result = "fail", output = "could not escape" }),
        ]);

        Assert.Equal(0, outcome.ExitCode);
        Assert.False(File.Exists(outside));
        var results = reports.ToolCalls.Select(call => call.Result).ToArray();
        Assert.StartsWith("Error: The path '../", results[0], StringComparison.Ordinal);
        Assert.Equal("Error: there is no tool 'no_such_tool'.", results[1]);
        Assert.Equal("Error: The argument 'content' is required.", results[2]);
        Assert.Equal(("fail", "\"could not escape\""), reports.Completion);
    }

    [Fact]
    public async Task The_agent_fails_when_it_runs_out_of_turns()
    {
        using var repository = new TempGitRepository();
        var (outcome, reports) = await ScriptedAgent.RunAsync(repository.Path,
            [.. Enumerable.Repeat(ScriptedTurn.Call("read_file", new { path = "README.md" }), 5)], maxTurns: 3);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(3, reports.ToolCalls.Count);
        Assert.Equal("The agent used all of its 3 turns without calling complete_step.", reports.Failure);
    }
}
