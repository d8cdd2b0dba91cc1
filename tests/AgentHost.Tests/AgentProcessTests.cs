using System.Text.Json;
using EventAgents.AgentHost.Loop;
using EventAgents.AgentHost.Tests.Support;
using EventAgents.Testing;
using EventAgents.Tests.Support;

namespace EventAgents.AgentHost.Tests;

/// <summary>The agent program as a real process reporting to a real HTTP server.</summary>
public sealed class AgentProcessTests : IAsyncLifetime
{
    private const string ProviderKey = "sk-planted-provider-key-9f8e7d6c";
    private const string StepToken = "v1.planted-step-token.abcdef0123456789";
    private const string DeployPassword = "hunter2-deploy-password";
    private readonly TempGitRepository repository = new();
    private readonly string directory = Directory.CreateTempSubdirectory("eventagents-agent-process-").FullName;
    private FakeAgentApi api = null!;

    public async Task InitializeAsync() => api = await FakeAgentApi.StartAsync();

    [Fact]
    public async Task No_secret_reaches_a_report_or_the_processs_output()
    {
        var leak = $"key={ProviderKey} token={StepToken} password={DeployPassword}";
        var configuration = Write(new
        {
            prompt = "Work with secrets around.",
            model = "scripted",
            secret_env = new[] { "DEPLOY_PASSWORD" },
            llm = new { providers = new { local = new { kind = "openai-compatible", base_url = "http://127.0.0.1:9/v1", api_key = "env:LOCAL_KEY" } } },
            script = new object[]
            {
                new { text = $"I was told {leak}.", tool = "write_file", args = new { path = "leak.txt", content = leak } },
                new { tool = "read_file", args = new { path = "leak.txt" } },
                new { tool = "run_command", args = new { command = "cat leak.txt; echo \"env:$LOCAL_KEY:$EVENTAGENTS_STEP_TOKEN:$DEPLOY_PASSWORD\"" } },
                new { tool = "edit_file", args = new { path = "leak.txt", old_string = "nowhere", new_string = "x" } },
                new { tool = "complete_step", args = new { result = "pass", output = leak } },
            },
        });
        using var agent = AgentProcess.Start(api, repository.Path, configuration, StepToken,
            new Dictionary<string, string> { ["LOCAL_KEY"] = ProviderKey, ["DEPLOY_PASSWORD"] = DeployPassword });

        var exit = await agent.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(AgentProgram.Completed, exit);
        var reports = api.Reports.ToArray();
        Assert.Contains(reports, report => report.Path.EndsWith("/model-calls", StringComparison.Ordinal));
        Assert.Contains(reports, report => report.Path.EndsWith("/output", StringComparison.Ordinal) && report.Body.Contains("I was told key=***", StringComparison.Ordinal));
        Assert.Contains(reports, report => report.Body.Contains("env:::", StringComparison.Ordinal));
        Assert.Contains(reports, report => report.Path.EndsWith("/complete", StringComparison.Ordinal) && report.Body.Contains("password=***", StringComparison.Ordinal));
        foreach (var secret in new[] { ProviderKey, StepToken, DeployPassword })
        {
            Assert.All(reports, report => Assert.DoesNotContain(secret, report.Body, StringComparison.Ordinal));
            Assert.DoesNotContain(secret, agent.Output, StringComparison.Ordinal);
        }

        Assert.Contains(leak, File.ReadAllText(Path.Combine(repository.Path, "leak.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sigterm_stops_the_agent_which_reports_a_clear_failure()
    {
        var configuration = Write(new
        {
            prompt = "Wait.",
            model = "scripted",
            script = new object[]
            {
                new { tool = "run_command", args = new { command = "touch started; sleep 60; touch finished" } },
                new { tool = "complete_step", args = new { result = "pass" } },
            },
        });
        using var agent = AgentProcess.Start(api, repository.Path, configuration, StepToken);
        await Eventually.TrueAsync(() => File.Exists(Path.Combine(repository.Path, "started")), TimeSpan.FromMinutes(1), "the command to start");

        var exit = await agent.TerminateAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(AgentProgram.Failed, exit);
        Assert.Equal(AgentLoop.Stopped, api.OnlyFailureReason());
        Assert.False(File.Exists(Path.Combine(repository.Path, "finished")));
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        repository.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    private string Write(object configuration)
    {
        var path = Path.Combine(directory, $"step-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(configuration));
        return path;
    }
}
