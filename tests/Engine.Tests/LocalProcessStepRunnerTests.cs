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
        Task.FromResult<IStepRunner>(new LocalProcessStepRunner(new LocalProcessRunnerOptions(), sink, TimeProvider.System));

    protected override string? AgentOf(string runId, string stepId) =>
        LocalRunner.ProcessIdOf(runId, stepId)?.ToString(CultureInfo.InvariantCulture);

    protected override Task<bool> GoneWithinAsync(string agent, TimeSpan timeout) =>
        Processes.GoneWithinAsync(int.Parse(agent, CultureInfo.InvariantCulture), timeout);

    [Fact]
    public async Task Stop_kills_the_agents_whole_process_tree()
    {
        await Runner.StartAsync(Launch("test", [Call("run_command", new { command = "echo $$ > sleeper.pid; exec sleep 60" })]), CancellationToken.None);
        var sleeper = await SleeperPidAsync();
        var agent = LocalRunner.ProcessIdOf("run-1", "test")!.Value;

        await Runner.StopAsync("run-1", "test", CancellationToken.None);

        Assert.True(await Processes.GoneWithinAsync(agent, TimeSpan.FromSeconds(10)), "the agent still runs");
        Assert.True(await Processes.GoneWithinAsync(sleeper, TimeSpan.FromSeconds(10)), "its command still runs");
    }

    [Fact]
    public async Task A_timeout_kills_the_agents_whole_process_tree()
    {
        await Runner.StartAsync(Launch("test", [Call("run_command", new { command = "echo $$ > sleeper.pid; exec sleep 60" })], TimeSpan.FromSeconds(4)), CancellationToken.None);
        var sleeper = await SleeperPidAsync();

        await Server.Sink.WaitForAsync(report => report.Kind == "fail", Patience);

        Assert.True(await Processes.GoneWithinAsync(sleeper, TimeSpan.FromSeconds(10)), "its command still runs");
    }

    private async Task<int> SleeperPidAsync()
    {
        var file = Path.Combine(Repository.Path, "sleeper.pid");
        await Poll.UntilAsync(() => File.Exists(file) && File.ReadAllText(file).Trim().Length > 0, Patience, "the command to start");
        return int.Parse(File.ReadAllText(file).Trim(), CultureInfo.InvariantCulture);
    }
}
