using System.Globalization;
using EventAgents.AgentHost.Configuration;

namespace EventAgents.AgentHost.Loop;

/// <summary>
/// Keeps the attempt's spending against its limits: a warning once a limit is 80% used, and the reason to stop once it is
/// all used (such as <c>token budget exhausted: 10,240 of 10,000 tokens</c>). Time spent waiting for a person's answer
/// (<paramref name="waits"/>) is not counted as wall time.
/// </summary>
public sealed class BudgetManager(AgentBudget? budget, TimeProvider time, HumanWaits? waits = null)
{
    private const double WarnAt = 0.8;
    private readonly long started = time.GetTimestamp();
    private readonly HashSet<string> warned = [];
    private long tokens;
    private decimal costUsd;
    private int iterations;

    /// <summary>The wall time left, if there is a limit.</summary>
    public TimeSpan? TimeLeft => budget?.WallSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) - Working : null;

    /// <summary>True while the clock stands still for a person's answer.</summary>
    public bool IsPaused => waits?.IsWaiting ?? false;

    private TimeSpan Working => time.GetElapsedTime(started) - (waits?.Total ?? TimeSpan.Zero);

    /// <summary>Counts a model call.</summary>
    public void AddModelCall(long callTokens, decimal? callCostUsd)
    {
        iterations++;
        tokens += callTokens;
        costUsd += callCostUsd ?? 0m;
    }

    /// <summary>The reason to stop, if a limit is used up.</summary>
    public string? Exhausted() => Limits().FirstOrDefault(limit => limit.Used >= limit.Max).Describe("exhausted");

    /// <summary>Limits newly past 80%: each once, as <c>(limit, message)</c>.</summary>
    public IReadOnlyList<(string Limit, string Message)> NewWarnings() =>
    [
        .. Limits()
            .Where(limit => limit.Used >= limit.Max * WarnAt && limit.Used < limit.Max && warned.Add(limit.Name))
            .Select(limit => (limit.Name, limit.Describe(string.Create(CultureInfo.InvariantCulture, $"at {Math.Floor(limit.Used / limit.Max * 100):0}%"))!)),
    ];

    private IEnumerable<Limit> Limits()
    {
        if (budget is null)
        {
            yield break;
        }

        if (budget.Tokens is { } maxTokens)
        {
            yield return new Limit("tokens", tokens, maxTokens, value => string.Create(CultureInfo.InvariantCulture, $"{value:N0}"), "token", " tokens");
        }

        if (budget.Usd is { } maxUsd)
        {
            yield return new Limit("cost", (double)costUsd, (double)maxUsd, value => string.Create(CultureInfo.InvariantCulture, $"${value:0.00####}"), "cost", "");
        }

        if (budget.WallSeconds is { } maxSeconds)
        {
            yield return new Limit("time", Working.TotalSeconds, maxSeconds, value => string.Create(CultureInfo.InvariantCulture, $"{value:0}s"), "time", "");
        }

        if (budget.Iterations is { } maxIterations)
        {
            yield return new Limit("iterations", iterations, maxIterations, value => string.Create(CultureInfo.InvariantCulture, $"{value:0}"), "iteration", " iterations");
        }
    }

    private readonly record struct Limit(string Name, double Used, double Max, Func<double, string> Format, string Noun, string Unit)
    {
        public string? Describe(string state) => Name is null ? null : $"{Noun} budget {state}: {Format(Used)} of {Format(Max)}{Unit}";
    }
}
