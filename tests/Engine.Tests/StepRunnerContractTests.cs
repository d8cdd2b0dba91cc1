using System.Text.Json;
using EventAgents.Application.Steps.Running;
using EventAgents.Engine.Runners.Sandboxing;
using EventAgents.Engine.Tests.Support;
using EventAgents.Tests.Support;

namespace EventAgents.Engine.Tests;

/// <summary>
/// What every <see cref="IStepRunner"/> must do, run against a real report server with the real agent: the local
/// process runner and the container runner both derive from this.
/// </summary>
public abstract partial class StepRunnerContractTests : IAsyncLifetime
{
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>The limits every runner under test gives a step: small, so the containment tests reach them quickly.</summary>
    protected static readonly StepLimits TestLimits = new() { MemoryBytes = 384L << 20, Pids = 128, Cpus = 1 };

    protected TempGitRepository Repository { get; } = new();

    protected string Home { get; } = Directory.CreateTempSubdirectory("eventagents-home-").FullName;

    protected ReportServer Server { get; private set; } = null!;

    protected IStepRunner Runner { get; private set; } = null!;

    /// <summary>The runner under test, reporting to <paramref name="sink"/>.</summary>
    protected abstract Task<IStepRunner> CreateRunnerAsync(IAgentReportSink sink);

    /// <summary>Something that names the agent of a step while it runs (a process id, a container id), or null.</summary>
    protected abstract string? AgentOf(string runId, string stepId);

    /// <summary>True once the agent named by <paramref name="agent"/> and everything it started are gone.</summary>
    protected abstract Task<bool> GoneWithinAsync(string agent, TimeSpan timeout);

    public virtual async Task InitializeAsync()
    {
        Server = await ReportServer.StartAsync();
        Runner = await CreateRunnerAsync(Server.Sink);
    }

    public virtual async Task DisposeAsync()
    {
        if (Runner is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        await Server.DisposeAsync();
        Repository.Dispose();
        Directory.Delete(Home, recursive: true);
    }

    [Fact]
    public async Task The_agent_reports_to_the_server_and_completes()
    {
        await Runner.StartAsync(Launch("implement", [
            Call("write_file", new { path = "notes/plan.md", content = "the plan" }),
            Call("run_command", new { command = "git rev-parse --abbrev-ref HEAD" }),
            Call("complete_step", new { result = "pass", output = new { branch = "main" } }),
        ]), CancellationToken.None);

        var completion = await Server.Sink.WaitForAsync(report => report.Kind == "complete", Patience);

        Assert.Equal(new Report("complete", "run-1", "implement", 1, "pass", """{"branch":"main"}"""), completion);
        Assert.Equal("the plan", File.ReadAllText(Path.Combine(Repository.Path, "notes", "plan.md")));
        var tools = Server.Sink.Reports.Where(report => report.Kind == "tool").ToList();
        Assert.Equal(new[] { "write_file", "run_command", "complete_step" }, tools.Select(report => report.Detail));
        Assert.Contains("=> Exit code 0.\nmain\n (error: False, ", tools[1].Extra, StringComparison.Ordinal);
        await WaitUntilForgottenAsync("implement");
        Assert.DoesNotContain(Server.Sink.Reports, report => report.Kind == "fail");
    }

    [Fact]
    public async Task Stop_kills_a_long_running_agent_and_starting_the_same_attempt_again_does_nothing()
    {
        var launch = Launch("test", [Call("run_command", new { command = "echo started > started.txt; exec sleep 120" })]);
        await Runner.StartAsync(launch, CancellationToken.None);
        await Poll.UntilAsync(() => File.Exists(Path.Combine(Repository.Path, "started.txt")), Patience, "the command to start");
        var agent = AgentOf("run-1", "test")!;

        await Runner.StartAsync(launch, CancellationToken.None);
        Assert.Equal(agent, AgentOf("run-1", "test"));
        await Runner.StopAsync("run-1", "test", CancellationToken.None);
        await Runner.StopAsync("run-1", "test", CancellationToken.None);

        Assert.Null(AgentOf("run-1", "test"));
        Assert.True(await GoneWithinAsync(agent, TimeSpan.FromSeconds(20)), "the agent still runs");
        await Task.Delay(300);
        Assert.DoesNotContain(Server.Sink.Reports, report => report.Kind is "fail" or "complete");
    }

    [Fact]
    public async Task A_new_attempt_of_a_step_replaces_the_running_one()
    {
        await Runner.StartAsync(Launch("test", [Call("run_command", new { command = "echo first > first.txt; exec sleep 120" })]), CancellationToken.None);
        await Poll.UntilAsync(() => File.Exists(Path.Combine(Repository.Path, "first.txt")), Patience, "the first attempt to start");
        var first = AgentOf("run-1", "test")!;

        await Runner.StartAsync(Launch("test", [Call("complete_step", new { result = "pass" })]) with
        {
            Attempt = 2,
            StepToken = Server.TokenFor("run-1", "test", 2),
        }, CancellationToken.None);

        var completion = await Server.Sink.WaitForAsync(report => report.Kind == "complete", Patience);
        Assert.Equal(2, completion.Attempt);
        Assert.True(await GoneWithinAsync(first, TimeSpan.FromSeconds(20)), "the first attempt still runs");
        Assert.DoesNotContain(Server.Sink.Reports, report => report.Kind == "fail");
    }

    [Fact]
    public async Task An_agent_past_its_timeout_is_killed_and_the_attempt_fails()
    {
        await Runner.StartAsync(Launch("test", [Call("run_command", new { command = "echo started > started.txt; exec sleep 120" })], TimeSpan.FromSeconds(4)), CancellationToken.None);
        await Poll.UntilAsync(() => File.Exists(Path.Combine(Repository.Path, "started.txt")), Patience, "the command to start");
        var agent = AgentOf("run-1", "test")!;

        var failure = await Server.Sink.WaitForAsync(report => report.Kind == "fail", Patience);

        Assert.Equal(new Report("fail", "run-1", "test", 1, "The agent timed out after 4s and was killed."), failure);
        Assert.True(await GoneWithinAsync(agent, TimeSpan.FromSeconds(20)), "the agent still runs");
        await WaitUntilForgottenAsync("test");
    }

    [Fact]
    public async Task The_agent_sees_none_of_the_server_environment()
    {
        const string Secret = "s3cret-connection-string-7f3a";
        Environment.SetEnvironmentVariable("EVENTAGENTS_TEST_DATABASE", $"Host=db;Password={Secret}");
        Environment.SetEnvironmentVariable("ConnectionStrings__EventStore", Secret);
        try
        {
            await Runner.StartAsync(Launch("env", [
                Call("run_command", new { command = "tr '\\0' '\\n' < /proc/$PPID/environ > agent.env; env > shell.env" }),
                Call("complete_step", new { result = "pass" }),
            ]), CancellationToken.None);
            await Server.Sink.WaitForAsync(report => report.Kind == "complete", Patience);
        }
        finally
        {
            Environment.SetEnvironmentVariable("EVENTAGENTS_TEST_DATABASE", null);
            Environment.SetEnvironmentVariable("ConnectionStrings__EventStore", null);
        }

        var agentEnvironment = File.ReadAllLines(Path.Combine(Repository.Path, "agent.env"));
        var shellEnvironment = File.ReadAllText(Path.Combine(Repository.Path, "shell.env"));
        Assert.DoesNotContain(Secret, string.Join('\n', agentEnvironment), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, shellEnvironment, StringComparison.Ordinal);
        Assert.DoesNotContain(agentEnvironment, line => line.StartsWith("EVENTAGENTS_TEST_DATABASE", StringComparison.Ordinal) || line.StartsWith("ConnectionStrings", StringComparison.Ordinal));
        Assert.Contains($"HOME={Home}", agentEnvironment);
        Assert.Contains("EVENTAGENTS_RUN_ID=run-1", agentEnvironment);
        Assert.Contains("EXTRA_SETTING=on", agentEnvironment);
        Assert.Contains(agentEnvironment, line => line.StartsWith("EVENTAGENTS_STEP_TOKEN=v1.", StringComparison.Ordinal));
        Assert.DoesNotContain("EVENTAGENTS_STEP_TOKEN", shellEnvironment, StringComparison.Ordinal);
        Assert.DoesNotContain(Server.Sink.Reports, report => report.ToString().Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_launch_cannot_override_the_step_variables()
    {
        var launch = Launch("env", [
            Call("run_command", new { command = "tr '\\0' '\\n' < /proc/$PPID/environ > agent.env" }),
            Call("complete_step", new { result = "pass" }),
        ]);
        launch = launch with
        {
            Environment = new Dictionary<string, string>
            {
                ["EVENTAGENTS_STEP_TOKEN"] = "v1.stolen.token",
                ["EVENTAGENTS_RUN_ID"] = "someone-elses-run",
                ["MODEL_KEY"] = "k",
            },
        };

        await Runner.StartAsync(launch, CancellationToken.None);

        await Server.Sink.WaitForAsync(report => report.Kind == "complete", Patience);
        var agentEnvironment = File.ReadAllLines(Path.Combine(Repository.Path, "agent.env"));
        Assert.Contains($"EVENTAGENTS_STEP_TOKEN={launch.StepToken}", agentEnvironment);
        Assert.Contains("EVENTAGENTS_RUN_ID=run-1", agentEnvironment);
        Assert.Contains("MODEL_KEY=k", agentEnvironment);
        Assert.DoesNotContain(agentEnvironment, line => line.Contains("stolen", StringComparison.Ordinal) || line.Contains("someone-elses-run", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_misconfigured_agent_reports_its_failure()
    {
        var launch = Launch("plan", []) with { ConfigurationJson = """{"prompt": "p", "model": "gpt-9"}""" };

        await Runner.StartAsync(launch, CancellationToken.None);

        var failure = await Server.Sink.WaitForAsync(report => report.Kind == "fail", Patience);
        Assert.StartsWith("The agent could not start: ", failure.Detail, StringComparison.Ordinal);
        Assert.Contains("gpt-9", failure.Detail, StringComparison.Ordinal);
        await WaitUntilForgottenAsync("plan");
        Assert.Single(Server.Sink.Reports, report => report.Kind != "output");
    }

    [Fact]
    public async Task When_the_server_refuses_the_agent_the_runner_reports_the_failure()
    {
        var launch = Launch("plan", [Call("complete_step", new { result = "pass" })]) with { StepToken = "v1.forged.token" };

        await Runner.StartAsync(launch, CancellationToken.None);

        var failure = await Server.Sink.WaitForAsync(report => report.Kind == "fail", Patience);
        Assert.Equal(new Report("fail", "run-1", "plan", 1, "The agent exited with code 3 without reporting."), failure);
        Assert.DoesNotContain(Server.Sink.Reports, report => report.Kind == "complete");
    }

    protected static object Call(string tool, object args) => new { tool, args };

    protected StepLaunch Launch(string stepId, object[] script, TimeSpan? timeout = null) => new(
        "run-1", stepId, 1, Repository.Path, Home, new Dictionary<string, string> { ["EXTRA_SETTING"] = "on" },
        JsonSerializer.Serialize(new { prompt = "Do the work.", model = "scripted", script }),
        Server.Url, Server.TokenFor("run-1", stepId), timeout);

    protected async Task WaitUntilForgottenAsync(string stepId) =>
        await Poll.UntilAsync(() => AgentOf("run-1", stepId) is null, TimeSpan.FromSeconds(30), "the runner to forget the agent");
}
