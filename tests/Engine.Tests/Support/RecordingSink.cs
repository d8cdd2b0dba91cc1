using System.Collections.Concurrent;
using System.Diagnostics;
using EventAgents.Application.Steps.Running;

namespace EventAgents.Engine.Tests.Support;

/// <summary>One report the server received.</summary>
public sealed record Report(string Kind, string RunId, string StepId, int Attempt, string Detail, string Extra = "");

/// <summary>Keeps every report handed to the server.</summary>
public sealed class RecordingSink : IAgentReportSink
{
    private readonly ConcurrentQueue<Report> reports = new();

    public IReadOnlyList<Report> Reports => [.. reports];

    public Task OutputAsync(string runId, string stepId, int attempt, string text, CancellationToken ct) =>
        Add(new Report("output", runId, stepId, attempt, text));

    public Task ToolCalledAsync(string runId, string stepId, int attempt, string toolName, string argumentsJson, string resultSummary, CancellationToken ct) =>
        Add(new Report("tool", runId, stepId, attempt, toolName, $"{argumentsJson} => {resultSummary}"));

    public Task ToolCalledAsync(string runId, string stepId, int attempt, ToolCallReport call, CancellationToken ct) =>
        Add(new Report("tool", runId, stepId, attempt, call.Tool, $"#{call.Sequence} {call.ArgumentsJson} => {call.Result} (error: {call.IsError}, {call.DurationMs} ms)"));

    public Task ModelCalledAsync(string runId, string stepId, int attempt, ModelCallReport call, CancellationToken ct) =>
        Add(new Report("model", runId, stepId, attempt, call.Model,
            $"#{call.Sequence} {call.MessagesInJson} => {call.MessagesOutJson} ({call.InputTokens} in, {call.CachedInputTokens} cached, {call.OutputTokens} out, ${call.CostUsd?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}, {call.DurationMs} ms)"));

    public Task BudgetWarnedAsync(string runId, string stepId, int attempt, BudgetWarningReport warning, CancellationToken ct) =>
        Add(new Report("budget", runId, stepId, attempt, warning.Limit, warning.Message));

    public Task CompletedAsync(string runId, string stepId, int attempt, string result, string outputJson, CancellationToken ct) =>
        Add(new Report("complete", runId, stepId, attempt, result, outputJson));

    public Task FailedAsync(string runId, string stepId, int attempt, string reason, CancellationToken ct) =>
        Add(new Report("fail", runId, stepId, attempt, reason));

    /// <summary>The first report that matches, waiting up to <paramref name="timeout"/> for it.</summary>
    public async Task<Report> WaitForAsync(Func<Report, bool> match, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (reports.FirstOrDefault(match) is { } report)
            {
                return report;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No matching report after {timeout}; got: {string.Join(" | ", reports)}");
    }

    private Task Add(Report report)
    {
        reports.Enqueue(report);
        return Task.CompletedTask;
    }
}
