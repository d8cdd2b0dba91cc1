namespace EventAgents.Engine.Runs;

/// <summary>The wall time an agent's budget allows for an attempt whose step has a timeout.</summary>
public static class AgentWallTime
{
    /// <summary>
    /// The timeout less a margin (a tenth, from one to thirty seconds, and never more than half), so that an agent out of
    /// time stops itself and says why before the engine's timer times the attempt out.
    /// </summary>
    public static TimeSpan For(TimeSpan timeout)
    {
        var margin = Margin(timeout);
        return timeout - margin > timeout / 2 ? timeout - margin : timeout / 2;
    }

    /// <summary>How long before the engine's timer the agent stops: a tenth of the timeout, from one to thirty seconds.</summary>
    public static TimeSpan Margin(TimeSpan timeout) =>
        TimeSpan.FromTicks(Math.Clamp(timeout.Ticks / 10, TimeSpan.TicksPerSecond, 30 * TimeSpan.TicksPerSecond));
}
