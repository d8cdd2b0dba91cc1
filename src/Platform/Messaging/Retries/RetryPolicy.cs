namespace EventAgents.Platform.Messaging;

/// <summary>How often a failing message is tried, and how long to wait between tries (exponential backoff).</summary>
/// <param name="MaxAttempts">Tries in all, the first one included; after the last failure the message is dead-lettered.</param>
/// <param name="InitialDelay">The wait before the second try.</param>
/// <param name="Multiplier">Each later wait is the previous one times this.</param>
/// <param name="MaxDelay">The longest wait.</param>
public sealed record RetryPolicy(int MaxAttempts, TimeSpan InitialDelay, double Multiplier, TimeSpan MaxDelay)
{
    /// <summary>Five tries, waiting 1 s, 2 s, 4 s and 8 s between them.</summary>
    public static RetryPolicy Default { get; } = new(5, TimeSpan.FromSeconds(1), 2, TimeSpan.FromMinutes(5));

    /// <summary>One try: the first failure dead-letters the message.</summary>
    public static RetryPolicy None { get; } = new(1, TimeSpan.Zero, 1, TimeSpan.Zero);

    public static RetryPolicy Exponential(int maxAttempts, TimeSpan initialDelay, TimeSpan? maxDelay = null) =>
        new(maxAttempts, initialDelay, 2, maxDelay ?? TimeSpan.FromMinutes(5));

    /// <summary>True when a message that failed on attempt <paramref name="attempt"/> gets another try.</summary>
    public bool CanRetry(int attempt) => attempt < MaxAttempts;

    /// <summary>The wait after failed attempt <paramref name="attempt"/> (1-based) before the next one.</summary>
    public TimeSpan DelayAfter(int attempt)
    {
        var factor = Math.Pow(Multiplier, Math.Max(0, attempt - 1));
        var ticks = InitialDelay.Ticks * factor;
        return ticks >= MaxDelay.Ticks ? MaxDelay : TimeSpan.FromTicks((long)ticks);
    }
}
