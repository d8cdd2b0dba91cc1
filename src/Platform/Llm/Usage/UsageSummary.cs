using System.Globalization;

namespace EventAgents.Platform.Llm.Usage;

/// <summary>One line about usage totals, for logs.</summary>
public static class UsageSummary
{
    /// <summary>Such as <c>3 model calls, 1200 input tokens (200 cached), 300 output tokens, $0.004100</c>.</summary>
    public static string Describe(UsageTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var cost = totals.UnpricedCalls == 0
            ? string.Create(CultureInfo.InvariantCulture, $"${totals.CostUsd:0.000000}")
            : string.Create(CultureInfo.InvariantCulture, $"${totals.CostUsd:0.000000} plus {totals.UnpricedCalls} unpriced calls");
        return string.Create(CultureInfo.InvariantCulture,
            $"{totals.Calls} model calls, {totals.InputTokens} input tokens ({totals.CachedInputTokens} cached), {totals.OutputTokens} output tokens, {cost}");
    }
}
