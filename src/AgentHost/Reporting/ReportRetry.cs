using System.Net;

namespace EventAgents.AgentHost.Reporting;

/// <summary>How often and how patiently a report is retried after a transient failure.</summary>
/// <param name="Attempts">Tries in all, the first one included.</param>
/// <param name="FirstDelay">The wait after the first failure; it doubles after each next one.</param>
/// <param name="MaxDelay">The longest wait.</param>
public sealed record ReportRetry(int Attempts, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    /// <summary>
    /// Twenty tries over about 80 seconds: long enough to outlast a server's restart (a crash, an upgrade), after which
    /// the new server adopts a container step's agent and takes its reports again; a shorter wait made the agent give up
    /// (exit 3) while the server was still starting on a loaded machine, and the adopted attempt then failed.
    /// </summary>
    public static ReportRetry Default { get; } = new(20, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5));

    /// <summary>The wait after failed try number <paramref name="attempt"/> (1-based).</summary>
    public TimeSpan DelayAfter(int attempt) =>
        TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, FirstDelay.Ticks * (1L << Math.Min(attempt - 1, 20))));

    /// <summary>True for answers that may succeed when sent again: server errors, timeouts, throttling.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
}
