using System.Collections.Concurrent;
using EventAgents.AgentHost.Reporting;

namespace EventAgents.AgentHost.Tests.Support;

/// <summary>Keeps every report the agent makes, in order.</summary>
public sealed class RecordingReporter : IAgentReporter
{
    public ConcurrentQueue<string> Outputs { get; } = new();

    public ConcurrentQueue<(string Tool, string Arguments, string Result)> ToolCalls { get; } = new();

    public (string Result, string Output)? Completion { get; private set; }

    public string? Failure { get; private set; }

    public Task OutputAsync(string text, CancellationToken ct)
    {
        Outputs.Enqueue(text);
        return Task.CompletedTask;
    }

    public Task ToolCalledAsync(string toolName, string argumentsJson, string resultSummary, CancellationToken ct)
    {
        ToolCalls.Enqueue((toolName, argumentsJson, resultSummary));
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
