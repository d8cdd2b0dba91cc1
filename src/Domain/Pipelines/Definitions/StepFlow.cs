namespace EventAgents.Domain.Pipelines;

/// <summary>The control-flow settings every step kind shares.</summary>
/// <param name="OnResult">Where each result leads, e.g. <c>pass → review</c>, <c>fail → implement (max 3)</c>.</param>
/// <param name="Next">Where a pass leads when <paramref name="OnResult"/> has no <c>pass</c> entry; default: the following step.</param>
/// <param name="Retry">How often a failed attempt is retried and how long to wait.</param>
/// <param name="Loop">Repeats the step over a list or until a condition.</param>
/// <param name="Timeout">How long one attempt (or a gate's wait) may take.</param>
/// <param name="Budget">How much one attempt may spend.</param>
public sealed record StepFlow(
    IReadOnlyDictionary<string, Transition> OnResult,
    string? Next,
    RetryPolicy? Retry,
    LoopPolicy? Loop,
    TimeSpan? Timeout,
    StepBudget? Budget)
{
    /// <summary>
    /// Whether the step's agent or command may open network connections of its own (to the internet, never to this
    /// host's loopback, where the database and the server listen). Off by default: a step then reaches only the
    /// server's agent API and its model provider, through the sandbox's relays.
    /// </summary>
    public bool Network { get; init; }

    /// <summary>No transitions, no retry, no loop, no limits.</summary>
    public static StepFlow Default { get; } = new(new Dictionary<string, Transition>(), null, null, null, null, null);
}

/// <summary>A move to another step (or <see cref="End"/>), taken at most <paramref name="Max"/> times per run when given.</summary>
public sealed record Transition(string Target, int? Max = null)
{
    /// <summary>The target that completes the run.</summary>
    public const string End = "end";
}

/// <summary>Retries of a failed attempt with exponential backoff: <c>Backoff × 2^(n-1)</c> before retry n.</summary>
public sealed record RetryPolicy(int Max, TimeSpan Backoff)
{
    /// <summary>The wait before retry number <paramref name="retry"/> (1-based), capped at one day.</summary>
    public TimeSpan DelayBefore(int retry)
    {
        var factor = Math.Pow(2, Math.Clamp(retry, 1, 30) - 1);
        var ticks = Math.Min(Backoff.Ticks * factor, TimeSpan.FromDays(1).Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}

/// <summary>Repeats a step for each item of a list (<paramref name="Over"/>) or until <paramref name="Until"/> holds.</summary>
/// <param name="Over">Expression naming the list, e.g. <c>steps.plan.output.tasks</c>.</param>
/// <param name="Until">Condition checked after each iteration.</param>
/// <param name="Max">Most iterations; required with <paramref name="Until"/>.</param>
public sealed record LoopPolicy(string? Over, LoopCondition? Until, int? Max);

/// <summary>How much one attempt of a step may spend before it fails.</summary>
public sealed record StepBudget(int? MaxTokens, decimal? MaxCostUsd);

/// <summary>Result names with a built-in meaning; any other slug is a custom result.</summary>
public static class StepResults
{
    /// <summary>The step did what it should.</summary>
    public const string Pass = "pass";

    /// <summary>The step's verdict was negative (tests failed, review rejected).</summary>
    public const string Fail = "fail";

    /// <summary>The step ran out of time; routes like <see cref="Fail"/> unless it has its own transition.</summary>
    public const string Timeout = "timeout";

    /// <summary>The step broke and exhausted its retries; routes like <see cref="Fail"/> unless it has its own transition.</summary>
    public const string Error = "error";
}
