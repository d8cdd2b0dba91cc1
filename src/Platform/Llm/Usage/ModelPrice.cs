namespace EventAgents.Platform.Llm.Usage;

/// <summary>What a model costs in US dollars per million tokens.</summary>
/// <param name="InputPerMillion">Input (prompt) tokens not read from the provider's cache.</param>
/// <param name="OutputPerMillion">Output (completion) tokens, reasoning included.</param>
/// <param name="CachedInputPerMillion">Input tokens read from the cache; the input price when null.</param>
public sealed record ModelPrice(decimal InputPerMillion, decimal OutputPerMillion, decimal? CachedInputPerMillion = null)
{
    private const decimal Million = 1_000_000m;

    /// <summary>The cost of one call's tokens; cached tokens are part of <paramref name="inputTokens"/>.</summary>
    public decimal CostOf(long inputTokens, long cachedInputTokens, long outputTokens)
    {
        var cached = Math.Clamp(cachedInputTokens, 0, inputTokens);
        return ((inputTokens - cached) * InputPerMillion
            + cached * (CachedInputPerMillion ?? InputPerMillion)
            + outputTokens * OutputPerMillion) / Million;
    }
}
