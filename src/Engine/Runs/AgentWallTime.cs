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
        var margin = TimeSpan.FromTicks(Math.Clamp(timeout.Ticks / 10, TimeSpan.TicksPerSecond, 30 * TimeSpan.TicksPerSecond));
        return timeout - margin > timeout / 2 ? timeout - margin : timeout / 2;
    }
}
