using System.Net;

namespace EventAgents.AgentHost.Reporting;

/// <summary>How often and how patiently a report is retried after a transient failure.</summary>
/// <param name="Attempts">Tries in all, the first one included.</param>
/// <param name="FirstDelay">The wait after the first failure; it doubles after each next one.</param>
/// <param name="MaxDelay">The longest wait.</param>
public sealed record ReportRetry(int Attempts, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    /// <summary>Six tries over about 15 seconds.</summary>
    public static ReportRetry Default { get; } = new(6, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5));

    /// <summary>The wait after failed try number <paramref name="attempt"/> (1-based).</summary>
    public TimeSpan DelayAfter(int attempt) =>
        TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, FirstDelay.Ticks * (1L << Math.Min(attempt - 1, 20))));

    /// <summary>True for answers that may succeed when sent again: server errors, timeouts, throttling.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
}
