using EventAgents.Application.Steps.Running;

namespace EventAgents.Bench.Engine;

/// <summary>The benchmark's agent: in process, it completes each step the moment it is started, so only the engine is measured.</summary>
internal sealed class InstantAgent(IAgentReportSink sink) : IStepRunner
{
    public Task StartAsync(StepLaunch launch, CancellationToken ct) =>
        sink.CompletedAsync(launch.RunId, launch.StepId, launch.Attempt, "pass", "{}", ct);

    public Task StopAsync(string runId, string stepId, CancellationToken ct) => Task.CompletedTask;
}
