using System.Collections.Concurrent;
using System.Diagnostics;
using EventAgents.Application.Steps.Running;

namespace EventAgents.Bench.Containers;

/// <summary>The report sink of the bench: the moment each step's agent first reported, and when it completed.</summary>
internal sealed class FirstReports : IAgentReportSink
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> first = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> completed = new();

    /// <summary>The <see cref="Stopwatch"/> timestamp of the step's first report.</summary>
    public Task<long> FirstReportOf(string stepId) => First(stepId).Task;

    public Task CompletionOf(string stepId) => Completed(stepId).Task;

    public Task OutputAsync(string runId, string stepId, int attempt, string text, CancellationToken ct) => Seen(stepId);

    public Task ToolCalledAsync(string runId, string stepId, int attempt, string toolName, string argumentsJson, string resultSummary, CancellationToken ct) =>
        Seen(stepId);

    public Task CompletedAsync(string runId, string stepId, int attempt, string result, string outputJson, CancellationToken ct)
    {
        Seen(stepId);
        Completed(stepId).TrySetResult();
        return Task.CompletedTask;
    }

    public Task FailedAsync(string runId, string stepId, int attempt, string reason, CancellationToken ct)
    {
        First(stepId).TrySetException(new InvalidOperationException($"Step {stepId} failed: {reason}"));
        Completed(stepId).TrySetException(new InvalidOperationException($"Step {stepId} failed: {reason}"));
        return Task.CompletedTask;
    }

    private Task Seen(string stepId)
    {
        First(stepId).TrySetResult(Stopwatch.GetTimestamp());
        return Task.CompletedTask;
    }

    private TaskCompletionSource<long> First(string stepId) =>
        first.GetOrAdd(stepId, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));

    private TaskCompletionSource Completed(string stepId) =>
        completed.GetOrAdd(stepId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
