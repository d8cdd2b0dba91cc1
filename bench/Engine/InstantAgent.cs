using System.Collections.Concurrent;
using System.Diagnostics;
using EventAgents.Application.Steps.Running;

namespace EventAgents.Bench.Engine;

/// <summary>
/// The benchmark's agent: in process, it reports each step complete the moment it is launched, from its own task as an
/// agent process would, so only the engine is measured. It times each handoff: from a step's completion report (the
/// call into the report sink, where the agent API hands an accepted report) to the launch of the run's next step
/// handed to this runner.
/// </summary>
internal sealed class InstantAgent(IAgentReportSink sink) : IStepRunner
{
    private readonly ConcurrentDictionary<string, long> _reportedAt = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<Task> _reports = [];

    /// <summary>Milliseconds from a completion report to the next launch of the same run.</summary>
    public ConcurrentBag<double> Handoffs { get; } = [];

    public Task StartAsync(StepLaunch launch, CancellationToken ct)
    {
        if (_reportedAt.TryRemove(launch.RunId, out var reported))
        {
            Handoffs.Add(Stopwatch.GetElapsedTime(reported).TotalMilliseconds);
        }

        _reports.Add(Task.Run(async () =>
        {
            _reportedAt[launch.RunId] = Stopwatch.GetTimestamp();
            await sink.CompletedAsync(launch.RunId, launch.StepId, launch.Attempt, "pass", "{}", CancellationToken.None);
        }, CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(string runId, string stepId, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Waits for every report sent, so a failed one is seen.</summary>
    public Task DrainAsync() => Task.WhenAll(_reports);
}
