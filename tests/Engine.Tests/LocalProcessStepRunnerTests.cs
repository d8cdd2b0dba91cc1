using System.Globalization;
using EventAgents.Application.Steps.Running;
using EventAgents.Engine.Runners.LocalProcess;
using EventAgents.Engine.Tests.Support;

namespace EventAgents.Engine.Tests;

/// <summary>The step runner contract for agents run as child processes, plus what only a process tree shows.</summary>
public sealed class LocalProcessStepRunnerTests : StepRunnerContractTests
{
    private LocalProcessStepRunner LocalRunner => (LocalProcessStepRunner)Runner;

    protected override Task<IStepRunner> CreateRunnerAsync(IAgentReportSink sink) =>
        Task.FromResult<IStepRunner>(new LocalProcessStepRunner(new LocalProcessRunnerOptions { Limits = TestLimits }, sink, TimeProvider.System));

    protected override string? AgentOf(string runId, string stepId) =>
        LocalRunner.ProcessIdOf(runId, stepId)?.ToString(CultureInfo.InvariantCulture);

    protected override Task<bool> GoneWithinAsync(string agent, TimeSpan timeout) =>
        Processes.GoneWithinAsync(int.Parse(agent, CultureInfo.InvariantCulture), timeout);

    [Fact]
    public async Task Stop_kills_the_agents_whole_process_tree()
    {
        var marker = SleeperMarker();
        await Runner.StartAsync(Launch("test", [Call("run_command", new { command = $"exec sleep {marker}" })]), CancellationToken.None);
        var sleeper = await SleeperPidAsync(marker);
        var agent = LocalRunner.ProcessIdOf("run-1", "test")!.Value;

        await Runner.StopAsync("run-1", "test", CancellationToken.None);

        Assert.True(await Processes.GoneWithinAsync(agent, TimeSpan.FromSeconds(10)), "the agent still runs");
        Assert.True(await Processes.GoneWithinAsync(sleeper, TimeSpan.FromSeconds(10)), "its command still runs");
    }

    [Fact]
    public async Task A_timeout_kills_the_agents_whole_process_tree()
    {
        var marker = SleeperMarker();
        await Runner.StartAsync(Launch("test", [Call("run_command", new { command = $"exec sleep {marker}" })], TimeSpan.FromSeconds(4)), CancellationToken.None);
        var sleeper = await SleeperPidAsync(marker);

        await Server.Sink.WaitForAsync(report => report.Kind == "fail", Patience);

        Assert.True(await Processes.GoneWithinAsync(sleeper, TimeSpan.FromSeconds(10)), "its command still runs");
    }

    [Fact]
    public async Task A_step_with_network_gets_its_own_connection_but_not_this_hosts_loopback()
    {
        var probe = $"ip -4 -o addr show; (exec 3<>/dev/tcp/127.0.0.1/{Server.Url.Port}) && printf 'reached-%s\\n' loopback; (exec 3<>/dev/tcp/10.0.2.2/{Server.Url.Port}) && printf 'reached-%s\\n' host";
        await Runner.StartAsync(Launch("online", [Call("run_command", new { command = probe }), Call("complete_step", new { result = "pass" })]) with { Network = true }, CancellationToken.None);
        await Runner.StartAsync(Launch("offline", [Call("run_command", new { command = "ip -4 -o addr show" }), Call("complete_step", new { result = "pass" })]), CancellationToken.None);

        await Server.Sink.WaitForAsync(report => report.Kind == "complete" && report.StepId == "online", Patience);
        await Server.Sink.WaitForAsync(report => report.Kind == "complete" && report.StepId == "offline", Patience);

        var online = Server.Sink.Reports.First(report => report.Kind == "tool" && report.StepId == "online").Extra ?? "";
        var offline = Server.Sink.Reports.First(report => report.Kind == "tool" && report.StepId == "offline").Extra ?? "";
        Assert.Contains("tap0", online, StringComparison.Ordinal);
        Assert.DoesNotContain("reached-loopback", online, StringComparison.Ordinal);
        Assert.DoesNotContain("reached-host", online, StringComparison.Ordinal);
        Assert.DoesNotContain("tap0", offline, StringComparison.Ordinal);
        Assert.Contains("lo ", offline, StringComparison.Ordinal);
    }

    /// <summary>A sleep of about a minute whose argument names it among this host's processes (its pid inside the sandbox means nothing here).</summary>
    private static string SleeperMarker() => string.Create(CultureInfo.InvariantCulture, $"60.{Random.Shared.Next(100_000, 999_999)}");

    private static async Task<int> SleeperPidAsync(string marker)
    {
        IReadOnlyList<int> found = [];
        await Poll.UntilAsync(() => (found = Processes.WithCommandLine($"sleep {marker}")).Count > 0, Patience, "the command to start");
        return Assert.Single(found);
    }
}
