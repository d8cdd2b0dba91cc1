using System.Globalization;
using System.Text.Json;
using EventAgents.AgentHost.Commands;
using EventAgents.AgentHost.Tests.Support;
using EventAgents.Testing;

namespace EventAgents.AgentHost.Tests;

/// <summary>The agent program in command mode as a real process, reporting to a real HTTP server.</summary>
public sealed class CommandProcessTests : IAsyncLifetime
{
    private const string StepToken = "v1.planted-step-token.abcdef0123456789";
    private readonly string workspace = Directory.CreateTempSubdirectory("eventagents-command-process-").FullName;
    private readonly string directory = Directory.CreateTempSubdirectory("eventagents-command-config-").FullName;
    private FakeAgentApi api = null!;

    public async Task InitializeAsync() => api = await FakeAgentApi.StartAsync();

    [Fact]
    public async Task A_command_reports_its_output_and_result_through_the_report_api_with_the_step_token_masked()
    {
        using var agent = AgentProcess.Start(api, workspace, Write("echo \"token=[$EVENTAGENTS_STEP_TOKEN]\"; echo checked; exit 1"), StepToken);

        var exit = await agent.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(AgentProgram.Completed, exit);
        Assert.DoesNotContain(api.Reports, report => report.Path == "/agent/runs/run-1/steps/build/output");
        var completion = Assert.Single(api.Reports, report => report.Path == "/agent/runs/run-1/steps/build/complete");
        using var body = JsonDocument.Parse(completion.Body);
        Assert.Equal("fail", body.RootElement.GetProperty("result").GetString());
        Assert.Equal("token=[]\nchecked\n", body.RootElement.GetProperty("output").GetString());
        Assert.All(api.Reports, report => Assert.DoesNotContain(StepToken, report.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sigterm_kills_the_commands_process_group_and_reports_that_it_was_stopped()
    {
        using var agent = AgentProcess.Start(api, workspace, Write("(sleep 300 & echo $! > orphan.pid); sleep 300 & echo $! > child.pid; wait; touch finished"), StepToken);
        var pidFiles = new[] { "orphan.pid", "child.pid" }.Select(file => Path.Combine(workspace, file)).ToArray();
        await Eventually.TrueAsync(
            () => pidFiles.All(file => File.Exists(file) && File.ReadAllText(file).EndsWith('\n')), TimeSpan.FromMinutes(1), "the command starts");
        var pids = pidFiles.Select(file => int.Parse(File.ReadAllText(file).Trim(), CultureInfo.InvariantCulture)).ToArray();

        var exit = await agent.TerminateAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(AgentProgram.Failed, exit);
        Assert.Equal(CommandStepRun.Stopped, api.OnlyFailureReason());
        await Eventually.TrueAsync(() => !pids.Any(CommandStepRunTests.IsRunning), TimeSpan.FromSeconds(10), "the command's processes are gone");
        Assert.False(File.Exists(Path.Combine(workspace, "finished")));
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        Directory.Delete(workspace, recursive: true);
        Directory.Delete(directory, recursive: true);
    }

    private string Write(string command)
    {
        var path = Path.Combine(directory, $"step-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new Dictionary<string, string> { ["command"] = command }));
        return path;
    }
}
