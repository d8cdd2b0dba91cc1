namespace EventAgents.Platform.Llm.Usage;

/// <summary>The tokens and cost of one call to a model.</summary>
/// <param name="Provider">The provider's name.</param>
/// <param name="Model">The model asked for.</param>
/// <param name="InputTokens">Input tokens, cached ones included.</param>
/// <param name="CachedInputTokens">Input tokens read from the provider's cache.</param>
/// <param name="OutputTokens">Output tokens.</param>
/// <param name="CostUsd">The cost in US dollars, or null when the model has no configured price.</param>
/// <param name="Streamed">Whether the call streamed its answer.</param>
/// <param name="UsageReported">Whether the provider reported usage at all (a cut-off stream or some servers do not).</param>
public sealed record ModelCall(
    string Provider, string Model, long InputTokens, long CachedInputTokens, long OutputTokens, decimal? CostUsd, bool Streamed, bool UsageReported);
