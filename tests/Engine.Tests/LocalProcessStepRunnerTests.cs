using System.Text.Json;
using EventAgents.Application.Steps.Running;
using EventAgents.Engine.Runners.LocalProcess;
using EventAgents.Engine.Tests.Support;
using EventAgents.Tests.Support;

namespace EventAgents.Engine.Tests;

public sealed class LocalProcessStepRunnerTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TempGitRepository repository = new();
    private readonly string home = Directory.CreateTempSubdirectory("eventagents-home-").FullName;
    private ReportServer server = null!;
    private LocalProcessStepRunner runner = null!;

    public async Task InitializeAsync()
    {
        server = await ReportServer.StartAsync();
        runner = new LocalProcessStepRunner(new LocalProcessRunnerOptions(), server.Sink, TimeProvider.System);
    }

    [Fact]
    public async Task The_agent_runs_as_a_child_process_reports_to_the_server_and_completes()
    {
        await runner.StartAsync(Launch("implement", [
            Call("write_file", new { path = "notes/plan.md", content = "the plan" }),
            Call("run_command", new { command = "git rev-parse --abbrev-ref HEAD" }),
            Call("complete_step", new { result = "pass", output = new { branch = "main" } }),
        ]), CancellationToken.None);

        var completion = await server.Sink.WaitForAsync(report => report.Kind == "complete", Patience);

        Assert.Equal(new Report("complete", "run-1", "implement", 1, "pass", """{"branch":"main"}"""), completion);
        Assert.Equal("the plan", File.ReadAllText(Path.Combine(repository.Path, "notes", "plan.md")));
        var tools = server.Sink.Reports.Where(report => report.Kind == "tool").ToList();
        Assert.Equal(new[] { "write_file", "run_command", "complete_step" }, tools.Select(report => report.Detail));
        Assert.EndsWith("=> Exit code 0.\nmain\n", tools[1].Extra, StringComparison.Ordinal);
        await WaitUntilGoneAsync("implement");
        Assert.DoesNotContain(server.Sink.Reports, report => report.Kind == "fail");
    }

    [Fact]
    public async Task Stop_kills_a_long_running_agent_and_its_command()
    {
        var launch = Launch("test", [Call("run_command", new { command = "echo $$ > sleeper.pid; exec sleep 60" })]);
        await runner.StartAsync(launch, CancellationToken.None);
        var sleeper = await SleeperPidAsync();
        var agent = runner.ProcessIdOf("run-1", "test")!.Value;

        await runner.StartAsync(launch, CancellationToken.None);
        Assert.Equal(agent, runner.ProcessIdOf("run-1", "test"));
        await runner.StopAsync("run-1", "test", CancellationToken.None);
        await runner.StopAsync("run-1", "test", CancellationToken.None);

        Assert.Null(runner.ProcessIdOf("run-1", "test"));
        Assert.True(await Processes.GoneWithinAsync(agent, TimeSpan.FromSeconds(10)), "the agent still runs");
        Assert.True(await Processes.GoneWithinAsync(sleeper, TimeSpan.FromSeconds(10)), "its command still runs");
        await Task.Delay(300);
        Assert.DoesNotContain(server.Sink.Reports, report => report.Kind is "fail" or "complete");
    }

    [Fact]
    public async Task An_agent_past_its_timeout_is_killed_and_the_attempt_fails()
    {
        await runner.StartAsync(Launch("test", [Call("run_command", new { command = "echo $$ > sleeper.pid; exec sleep 60" })], TimeSpan.FromSeconds(4)), CancellationToken.None);
        var sleeper = await SleeperPidAsync();
        var agent = runner.ProcessIdOf("run-1", "test")!.Value;

        var failure = await server.Sink.WaitForAsync(report => report.Kind == "fail", Patience);

        Assert.Equal(new Report("fail", "run-1", "test", 1, "The agent timed out after 4s and was killed."), failure);
        Assert.True(await Processes.GoneWithinAsync(agent, TimeSpan.FromSeconds(10)), "the agent still runs");
        Assert.True(await Processes.GoneWithinAsync(sleeper, TimeSpan.FromSeconds(10)), "its command still runs");
        await WaitUntilGoneAsync("test");
    }

    [Fact]
    public async Task The_agent_sees_none_of_the_server_environment()
    {
        const string Secret = "s3cret-connection-string-7f3a";
        Environment.SetEnvironmentVariable("EVENTAGENTS_TEST_DATABASE", $"Host=db;Password={Secret}");
        Environment.SetEnvironmentVariable("ConnectionStrings__EventStore", Secret);
        try
        {
            await runner.StartAsync(Launch("env", [
                Call("run_command", new { command = "tr '\\0' '\\n' < /proc/$PPID/environ > agent.env; env > shell.env" }),
                Call("complete_step", new { result = "pass" }),
            ]), CancellationToken.None);
            await server.Sink.WaitForAsync(report => report.Kind == "complete", Patience);
        }
        finally
        {
            Environment.SetEnvironmentVariable("EVENTAGENTS_TEST_DATABASE", null);
            Environment.SetEnvironmentVariable("ConnectionStrings__EventStore", null);
        }

        var agentEnvironment = File.ReadAllLines(Path.Combine(repository.Path, "agent.env"));
        var shellEnvironment = File.ReadAllText(Path.Combine(repository.Path, "shell.env"));
        Assert.DoesNotContain(Secret, string.Join('\n', agentEnvironment), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, shellEnvironment, StringComparison.Ordinal);
        Assert.DoesNotContain(agentEnvironment, line => line.StartsWith("EVENTAGENTS_TEST_DATABASE", StringComparison.Ordinal) || line.StartsWith("ConnectionStrings", StringComparison.Ordinal));
        Assert.Contains($"HOME={home}", agentEnvironment);
        Assert.Contains("EVENTAGENTS_RUN_ID=run-1", agentEnvironment);
        Assert.Contains("EXTRA_SETTING=on", agentEnvironment);
        Assert.Contains(agentEnvironment, line => line.StartsWith("EVENTAGENTS_STEP_TOKEN=v1.", StringComparison.Ordinal));
        Assert.DoesNotContain("EVENTAGENTS_STEP_TOKEN", shellEnvironment, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Sink.Reports, report => report.ToString().Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_misconfigured_agent_reports_its_failure()
    {
        var launch = Launch("plan", []) with { ConfigurationJson = """{"prompt": "p", "model": "gpt-9"}""" };

        await runner.StartAsync(launch, CancellationToken.None);

        var failure = await server.Sink.WaitForAsync(report => report.Kind == "fail", Patience);
        Assert.StartsWith("The agent could not start: Unknown model 'gpt-9'", failure.Detail, StringComparison.Ordinal);
        await WaitUntilGoneAsync("plan");
        Assert.Single(server.Sink.Reports);
    }

    [Fact]
    public async Task When_the_server_refuses_the_agent_the_runner_reports_the_failure()
    {
        var launch = Launch("plan", [Call("complete_step", new { result = "pass" })]) with { StepToken = "v1.forged.token" };

        await runner.StartAsync(launch, CancellationToken.None);

        var failure = await server.Sink.WaitForAsync(report => report.Kind == "fail", Patience);
        Assert.Equal(new Report("fail", "run-1", "plan", 1, "The agent exited with code 3 without reporting."), failure);
        Assert.DoesNotContain(server.Sink.Reports, report => report.Kind == "complete");
    }

    public async Task DisposeAsync()
    {
        await runner.DisposeAsync();
        await server.DisposeAsync();
        repository.Dispose();
        Directory.Delete(home, recursive: true);
    }

    private static object Call(string tool, object args) => new { tool, args };

    private StepLaunch Launch(string stepId, object[] script, TimeSpan? timeout = null) => new(
        "run-1", stepId, 1, repository.Path, home, new Dictionary<string, string> { ["EXTRA_SETTING"] = "on" },
        JsonSerializer.Serialize(new { prompt = "Do the work.", model = "scripted", script }),
        server.Url, server.TokenFor("run-1", stepId), timeout);

    private async Task<int> SleeperPidAsync()
    {
        var file = Path.Combine(repository.Path, "sleeper.pid");
        await Poll.UntilAsync(() => File.Exists(file) && File.ReadAllText(file).Trim().Length > 0, Patience, "the command to start");
        return int.Parse(File.ReadAllText(file).Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task WaitUntilGoneAsync(string stepId)
    {
        await Poll.UntilAsync(() => runner.ProcessIdOf("run-1", stepId) is null, TimeSpan.FromSeconds(20), "the runner to forget the agent");
    }
}
