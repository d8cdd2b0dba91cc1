using EventAgents.Application.Steps.Running;

namespace EventAgents.Engine.Runs;

/// <summary>Runners made by <paramref name="create"/> from the node's report sink, for a host that chose its runner up front.</summary>
public sealed class StepRunnerFactory<TRunner>(Func<IAgentReportSink, TRunner> create) : IStepRunnerFactory
    where TRunner : IStepRunner
{
    /// <summary>The runner of the node's latest start.</summary>
    public TRunner? Current { get; private set; }

    public Task<IStepRunner> CreateAsync(IAgentReportSink sink, Uri agentApi, CancellationToken ct) => Task.FromResult<IStepRunner>(Current = create(sink));
}
