namespace EventAgents.Application.Steps.Running;

/// <summary>What the server does with the reports an agent sends about its attempt of a step.</summary>
public interface IAgentReportSink
{
    /// <summary>The agent produced a chunk of output text.</summary>
    Task OutputAsync(string runId, string stepId, int attempt, string text, CancellationToken ct);

    /// <summary>The agent called a tool; <paramref name="argumentsJson"/> is the JSON of its arguments.</summary>
    Task ToolCalledAsync(string runId, string stepId, int attempt, string toolName, string argumentsJson, string resultSummary, CancellationToken ct);

    /// <summary>The agent called a tool, with its error flag, duration and number; sinks that keep only the summary take the short form.</summary>
    Task ToolCalledAsync(string runId, string stepId, int attempt, ToolCallReport call, CancellationToken ct) =>
        ToolCalledAsync(runId, stepId, attempt, call.Tool, call.ArgumentsJson, call.Result, ct);

    /// <summary>The agent called its model; sinks that keep no records ignore it.</summary>
    Task ModelCalledAsync(string runId, string stepId, int attempt, ModelCallReport call, CancellationToken ct) => Task.CompletedTask;

    /// <summary>The agent used 80% of one of its limits; sinks that keep no records ignore it.</summary>
    Task BudgetWarnedAsync(string runId, string stepId, int attempt, BudgetWarningReport warning, CancellationToken ct) => Task.CompletedTask;

    /// <summary>The agent completed the attempt with a result (such as <c>pass</c> or <c>fail</c>) and its output as JSON.</summary>
    Task CompletedAsync(string runId, string stepId, int attempt, string result, string outputJson, CancellationToken ct);

    /// <summary>The attempt failed: the agent gave up, crashed, was killed or timed out.</summary>
    Task FailedAsync(string runId, string stepId, int attempt, string reason, CancellationToken ct);
}

/// <summary>A tool call as the agent reports it (capped and redacted by the agent).</summary>
/// <param name="Sequence">1-based number of the call within the attempt; 0 when the agent does not number its calls.</param>
/// <param name="Tool">The tool's name.</param>
/// <param name="ArgumentsJson">The arguments as JSON.</param>
/// <param name="Result">What the tool returned, or why it refused.</param>
/// <param name="IsError">True when the tool refused or failed.</param>
/// <param name="DurationMs">How long the call took.</param>
public sealed record ToolCallReport(int Sequence, string Tool, string ArgumentsJson, string Result, bool IsError, long DurationMs);

/// <summary>A model call as the agent reports it (messages capped and redacted by the agent).</summary>
/// <param name="Sequence">1-based number of the call within the attempt.</param>
/// <param name="Model">The model as <c>provider/model</c>.</param>
/// <param name="MessagesInJson">The messages sent, as JSON.</param>
/// <param name="MessagesOutJson">The messages received, as JSON.</param>
/// <param name="InputTokens">Input tokens, cached ones included.</param>
/// <param name="CachedInputTokens">Input tokens read from a cache.</param>
/// <param name="OutputTokens">Output tokens.</param>
/// <param name="CostUsd">Cost in US dollars; null when the model has no price.</param>
/// <param name="DurationMs">How long the call took.</param>
public sealed record ModelCallReport(
    int Sequence, string Model, string MessagesInJson, string MessagesOutJson, long InputTokens, long CachedInputTokens, long OutputTokens, decimal? CostUsd, long DurationMs);

/// <summary>A warning that the attempt used 80% of a limit.</summary>
/// <param name="Limit"><c>tokens</c>, <c>cost</c>, <c>time</c> or <c>iterations</c>.</param>
/// <param name="Message">Such as <c>token budget at 82%: 8,200 of 10,000 tokens</c>.</param>
public sealed record BudgetWarningReport(string Limit, string Message);
