namespace EventAgents.AgentHost.Reporting;

/// <summary>A tool call as the agent reports it.</summary>
/// <param name="Sequence">1-based number of the call within the attempt.</param>
/// <param name="Tool">The tool's name.</param>
/// <param name="ArgumentsJson">The arguments as JSON.</param>
/// <param name="Result">What the tool returned (capped), or why it refused.</param>
/// <param name="IsError">True when the tool refused or failed.</param>
/// <param name="DurationMs">How long it took.</param>
public sealed record ToolCallReport(int Sequence, string Tool, string ArgumentsJson, string Result, bool IsError, long DurationMs);

/// <summary>A model call as the agent reports it.</summary>
/// <param name="Sequence">1-based number of the call within the attempt.</param>
/// <param name="Model">The model as <c>provider/model</c>.</param>
/// <param name="MessagesInJson">The messages sent since the previous call, as a capped JSON array.</param>
/// <param name="MessagesOutJson">The messages received, as a capped JSON array.</param>
/// <param name="InputTokens">Input tokens, cached ones included.</param>
/// <param name="CachedInputTokens">Cached input tokens.</param>
/// <param name="OutputTokens">Output tokens.</param>
/// <param name="CostUsd">Cost in US dollars; null when the model has no price.</param>
/// <param name="DurationMs">How long it took.</param>
public sealed record ModelCallReport(
    int Sequence, string Model, string MessagesInJson, string MessagesOutJson, long InputTokens, long CachedInputTokens, long OutputTokens, decimal? CostUsd, long DurationMs);
