using System.Globalization;
using System.Text.Json;
using EventAgents.AgentHost.Commands;
using EventAgents.AgentHost.Configuration;
using EventAgents.AgentHost.Tests.Support;
using EventAgents.Testing;

namespace EventAgents.AgentHost.Tests;

/// <summary>The agent's command mode: a command step's command run with bash in the workspace, reported like an agent's work.</summary>
public sealed class CommandStepRunTests : IDisposable
{
    private readonly string workspace = Directory.CreateTempSubdirectory("eventagents-command-").FullName;
    private readonly string home = Directory.CreateTempSubdirectory("eventagents-command-home-").FullName;
    private readonly RecordingReporter reporter = new();

    [Theory]
    [InlineData("echo all good", 0, "pass")]
    [InlineData("echo broken >&2; exit 3", 3, "fail")]
    public async Task The_exit_code_decides_the_result_and_the_output_is_reported(string command, int exitCode, string result)
    {
        var exit = await RunAsync(command);

        Assert.Equal(AgentProgram.Completed, exit);
        var (reported, output) = Assert.NotNull(reporter.Completion);
        Assert.Equal(result, reported);
        Assert.Equal(exitCode == 0 ? "all good\n" : "broken\n", JsonSerializer.Deserialize<string>(output));
        Assert.Empty(reporter.Outputs);
        Assert.Null(reporter.Failure);
    }

    [Fact]
    public async Task The_output_is_recorded_once_with_the_result_not_also_line_by_line()
    {
        await RunAsync("echo first; sleep 1; echo second");

        Assert.Empty(reporter.Outputs);
        Assert.Equal("first\nsecond\n", JsonSerializer.Deserialize<string>(reporter.Completion!.Value.Output));
    }

    [Fact]
    public async Task Output_past_64_KiB_is_cut_with_a_note()
    {
        await RunAsync("head -c 100000 /dev/zero | tr '\\0' a");

        var expected = new string('a', CommandStepRun.OutputLimit) + "\n[output truncated]";
        Assert.Equal(expected, JsonSerializer.Deserialize<string>(reporter.Completion!.Value.Output));
    }

    [Fact]
    public async Task The_command_runs_in_its_working_directory_inside_the_workspace()
    {
        Directory.CreateDirectory(Path.Combine(workspace, "src", "app"));

        await RunAsync("pwd", "src/app");

        Assert.Equal($"{Path.Combine(workspace, "src", "app")}\n", JsonSerializer.Deserialize<string>(reporter.Completion!.Value.Output));
    }

    [Theory]
    [InlineData("../elsewhere", "outside the workspace")]
    [InlineData("missing", "does not exist")]
    public async Task A_working_directory_outside_the_workspace_or_missing_fails_the_step(string directory, string reason)
    {
        var exit = await RunAsync("touch ran", directory);

        Assert.Equal(AgentProgram.Failed, exit);
        Assert.Contains(reason, reporter.Failure, StringComparison.Ordinal);
        Assert.Null(reporter.Completion);
        Assert.False(File.Exists(Path.Combine(workspace, "ran")));
    }

    [Fact]
    public async Task The_command_gets_the_agents_environment_without_its_credential_and_nothing_of_the_process_around_it()
    {
        Environment.SetEnvironmentVariable("EVENTAGENTS_TEST_SERVER_SECRET", "planted-in-the-host-process");

        await RunAsync("env > env.txt");

        var variables = File.ReadAllLines(Path.Combine(workspace, "env.txt"))
            .Select(line => line.Split('=', 2)).Where(parts => parts.Length == 2).ToDictionary(parts => parts[0], parts => parts[1]);
        Assert.Equal(home, variables["HOME"]);
        Assert.Equal("run-1", variables[AgentEnvironment.RunId]);
        Assert.Equal(workspace, variables[AgentEnvironment.Workspace]);
        Assert.DoesNotContain("EVENTAGENTS_TEST_SERVER_SECRET", variables.Keys);
        Assert.DoesNotContain(AgentEnvironment.StepToken, variables.Keys);
        Assert.DoesNotContain(AgentEnvironment.ServerUrl, variables.Keys);
        Assert.DoesNotContain(AgentEnvironment.ConfigurationFile, variables.Keys);
        Assert.DoesNotContain(variables.Values, value => value.Contains("v1.step-token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stopping_the_command_kills_its_whole_process_group_and_reports_a_failure()
    {
        using var stop = new CancellationTokenSource();
        // A child, a grandchild, and an orphan whose parent exited (outside the command's process tree, inside its group).
        var running = RunAsync(
            "sleep 300 & echo $! > child.pid; bash -c 'sleep 300 & echo $! > grandchild.pid; wait' & (sleep 300 & echo $! > orphan.pid); wait",
            ct: stop.Token);
        var pids = await PidsAsync("child.pid", "grandchild.pid", "orphan.pid");
        Assert.All(pids, pid => Assert.True(IsRunning(pid)));

        await stop.CancelAsync();
        var exit = await running.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(AgentProgram.Failed, exit);
        Assert.Equal(CommandStepRun.Stopped, reporter.Failure);
        Assert.Null(reporter.Completion);
        await Eventually.TrueAsync(() => !pids.Any(IsRunning), TimeSpan.FromSeconds(10), "every process of the command is gone");
    }

    [Fact]
    public async Task Background_processes_a_finished_command_left_behind_are_killed()
    {
        await RunAsync("(sleep 300 & echo $! > orphan.pid)");

        var orphan = (await PidsAsync("orphan.pid")).Single();
        Assert.Equal("pass", reporter.Completion!.Value.Result);
        await Eventually.TrueAsync(() => !IsRunning(orphan), TimeSpan.FromSeconds(10), "the orphan is gone");
    }

    [Theory]
    [InlineData("""{"command":"make test","working_directory":"src"}""", "make test", "src")]
    [InlineData("""{"command":"make"}""", "make", null)]
    public void A_configuration_with_a_command_is_a_command_steps(string json, string command, string? directory) =>
        Assert.Equal(new CommandConfiguration(command, directory), CommandConfiguration.TryParse(json));

    [Theory]
    [InlineData("""{"prompt":"Plan it.","model":"scripted"}""")]
    [InlineData("""{"command":42}""")]
    [InlineData("not json")]
    public void Any_other_configuration_is_left_to_the_agent(string json) => Assert.Null(CommandConfiguration.TryParse(json));

    public void Dispose()
    {
        Directory.Delete(workspace, recursive: true);
        Directory.Delete(home, recursive: true);
    }

    private Task<int> RunAsync(string command, string? directory = null, CancellationToken ct = default)
    {
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = Environment.GetEnvironmentVariable("PATH")!,
            ["HOME"] = home,
            [AgentEnvironment.RunId] = "run-1",
            [AgentEnvironment.StepId] = "test",
            [AgentEnvironment.Attempt] = "1",
            [AgentEnvironment.Workspace] = workspace,
            [AgentEnvironment.StepToken] = "v1.step-token.signature",
            [AgentEnvironment.ServerUrl] = "http://127.0.0.1:9/",
            [AgentEnvironment.ConfigurationFile] = Path.Combine(home, "step.json"),
        };
        return new CommandStepRun(new CommandConfiguration(command, directory), workspace, environment, reporter, TimeProvider.System).RunAsync(ct);
    }

    private async Task<int[]> PidsAsync(params string[] files)
    {
        var paths = files.Select(file => Path.Combine(workspace, file)).ToArray();
        await Eventually.TrueAsync(() => paths.All(path => File.Exists(path) && File.ReadAllText(path).EndsWith('\n')), TimeSpan.FromSeconds(30), "the processes start");
        return [.. paths.Select(path => int.Parse(File.ReadAllText(path).Trim(), CultureInfo.InvariantCulture))];
    }

    /// <summary>Whether a process exists and is not a zombie waiting for a parent to reap it.</summary>
    internal static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }
}
