using EventAgents.Application.Steps.Running;

namespace EventAgents.Engine.Runs;

/// <summary>
/// Makes the step runner of an engine node when the node starts (<see cref="EngineNodeService"/>); the node disposes it when it
/// stops. The host chooses the runner: containers or local sandboxes in the server, a runner of their own in tests and benches.
/// </summary>
public interface IStepRunnerFactory
{
    /// <param name="sink">Where the runner's agents' reports go (the agents of a container runner report over the agent API).</param>
    /// <param name="agentApi">The agent API's address, which the agents report to.</param>
    Task<IStepRunner> CreateAsync(IAgentReportSink sink, Uri agentApi, CancellationToken ct);
}
