using EventAgents.Application.Steps.Running;
using EventAgents.Engine.Runs;
using EventAgents.Platform.EventStore;

namespace EventAgents.Host.Hosting;

/// <summary>The server's step runner for each start of its engine node: the one <see cref="AgentRunner"/> chooses, said in the log.</summary>
public sealed class AgentRunners(EventStore store, string homeDirectory, TimeProvider clock, Action<string> log) : IStepRunnerFactory
{
    /// <summary>How the current runner runs steps; null before the engine node started.</summary>
    public RunnerDescription? Current { get; private set; }

    public async Task<IStepRunner> CreateAsync(IAgentReportSink sink, Uri agentApi, CancellationToken ct)
    {
        var runner = await AgentRunner.CreateAsync(store, sink, agentApi, homeDirectory, clock, log, ct).ConfigureAwait(false);
        Current = runner.Description;
        return runner;
    }
}
