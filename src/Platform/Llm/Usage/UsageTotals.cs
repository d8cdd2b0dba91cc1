namespace EventAgents.Platform.Llm.Usage;

/// <summary>Running totals over many calls.</summary>
/// <param name="Calls">How many calls were recorded.</param>
/// <param name="InputTokens">Input tokens, cached ones included.</param>
/// <param name="CachedInputTokens">Input tokens read from a cache.</param>
/// <param name="OutputTokens">Output tokens.</param>
/// <param name="CostUsd">The cost of the calls whose model has a price.</param>
/// <param name="UnpricedCalls">Calls whose model has no price, so their cost is missing from <paramref name="CostUsd"/>.</param>
public sealed record UsageTotals(long Calls, long InputTokens, long CachedInputTokens, long OutputTokens, decimal CostUsd, long UnpricedCalls)
{
    /// <summary>No calls yet.</summary>
    public static UsageTotals None { get; } = new(0, 0, 0, 0, 0m, 0);

    /// <summary>These totals with <paramref name="call"/> added.</summary>
    public UsageTotals Add(ModelCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new UsageTotals(
            Calls + 1,
            InputTokens + call.InputTokens,
            CachedInputTokens + call.CachedInputTokens,
            OutputTokens + call.OutputTokens,
            CostUsd + (call.CostUsd ?? 0m),
            UnpricedCalls + (call.CostUsd is null ? 1 : 0));
    }
}
