using System.Diagnostics;
using EventAgents.AgentHost.Tools;
using EventAgents.Tests.Support;

namespace EventAgents.AgentHost.Tests;

public sealed class RunCommandToolTests : IDisposable
{
    private readonly TempGitRepository repository = new();

    [Fact]
    public async Task A_command_runs_in_the_workspace_and_reports_its_exit_code()
    {
        var tool = new RunCommandTool(new Workspace(repository.Path), TimeSpan.FromSeconds(30), 4096, TimeProvider.System);

        var result = await tool.RunAsync(WorkspaceGuardTests.Arguments(("command", "pwd; echo oops >&2; exit 3")), CancellationToken.None);

        Assert.Equal($"Exit code 3.\n{repository.Path}\noops\n", result);
    }

    [Fact]
    public async Task A_command_past_its_timeout_is_killed()
    {
        var tool = new RunCommandTool(new Workspace(repository.Path), TimeSpan.FromSeconds(30), 4096, TimeProvider.System);
        var watch = Stopwatch.StartNew();

        var result = await tool.RunAsync(WorkspaceGuardTests.Arguments(("command", "echo started; sleep 60"), ("timeout_seconds", 1)), CancellationToken.None);

        Assert.StartsWith("Timed out after 1s and was killed.\nstarted", result, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Output_beyond_the_cap_is_cut()
    {
        var tool = new RunCommandTool(new Workspace(repository.Path), TimeSpan.FromSeconds(30), 1000, TimeProvider.System);

        var result = await tool.RunAsync(WorkspaceGuardTests.Arguments(("command", "head -c 100000 /dev/zero | tr '\\0' a")), CancellationToken.None);

        Assert.Equal($"Exit code 0.\n{new string('a', 1000)}\n[output cut: 99000 more bytes]", result);
    }

    public void Dispose() => repository.Dispose();
}
