using System.Collections.Concurrent;
using EventAgents.AgentHost.Reporting;

namespace EventAgents.AgentHost.Tests.Support;

/// <summary>Keeps every report the agent makes, in order.</summary>
public sealed class RecordingReporter : IAgentReporter
{
    public ConcurrentQueue<string> Outputs { get; } = new();

    public ConcurrentQueue<(string Tool, string Arguments, string Result)> ToolCalls { get; } = new();

    public ConcurrentQueue<ToolCallReport> ToolReports { get; } = new();

    public ConcurrentQueue<ModelCallReport> ModelCalls { get; } = new();

    public ConcurrentQueue<(string Limit, string Message)> BudgetWarnings { get; } = new();

    public (string Result, string Output)? Completion { get; private set; }

    public string? Failure { get; private set; }

    public Task OutputAsync(string text, CancellationToken ct)
    {
        Outputs.Enqueue(text);
        return Task.CompletedTask;
    }

    public Task ToolCalledAsync(ToolCallReport call, CancellationToken ct)
    {
        ToolReports.Enqueue(call);
        ToolCalls.Enqueue((call.Tool, call.ArgumentsJson, call.Result));
        return Task.CompletedTask;
    }

    public Task ModelCalledAsync(ModelCallReport call, CancellationToken ct)
    {
        ModelCalls.Enqueue(call);
        return Task.CompletedTask;
    }

    public Task BudgetWarnedAsync(string limit, string message, CancellationToken ct)
    {
        BudgetWarnings.Enqueue((limit, message));
        return Task.CompletedTask;
    }

    public Task CompletedAsync(string result, string outputJson, CancellationToken ct)
    {
        Completion = (result, outputJson);
        return Task.CompletedTask;
    }

    public Task FailedAsync(string reason, CancellationToken ct)
    {
        Failure = reason;
        return Task.CompletedTask;
    }
}
