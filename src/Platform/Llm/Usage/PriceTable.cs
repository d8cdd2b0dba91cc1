namespace EventAgents.Platform.Llm.Usage;

/// <summary>
/// Prices by model: a price given for <c>provider/model</c> wins over one given for the bare <c>model</c>
/// (the same model served by two providers may cost differently).
/// </summary>
public sealed class PriceTable
{
    private readonly Dictionary<string, ModelPrice> prices;

    /// <summary>Creates a table from prices keyed by <c>provider/model</c> or <c>model</c>.</summary>
    public PriceTable(IReadOnlyDictionary<string, ModelPrice> prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        this.prices = new Dictionary<string, ModelPrice>(prices, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A table with no prices: every call's cost is unknown.</summary>
    public static PriceTable Empty { get; } = new(new Dictionary<string, ModelPrice>());

    /// <summary>The price of <paramref name="model"/> at <paramref name="provider"/>, if one was configured.</summary>
    public ModelPrice? Find(string provider, string model) =>
        prices.GetValueOrDefault($"{provider}/{model}") ?? prices.GetValueOrDefault(model);
}
