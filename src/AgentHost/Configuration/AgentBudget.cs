namespace EventAgents.AgentHost.Configuration;

/// <summary>The limits of one attempt; a missing limit does not apply.</summary>
/// <param name="Tokens">Input and output tokens of all model calls.</param>
/// <param name="Usd">Cost of the model calls in US dollars.</param>
/// <param name="WallSeconds">Wall time from the agent's start.</param>
/// <param name="Iterations">Model calls.</param>
/// <param name="WallUntil">
/// When the wall time ends at the latest, by the clock of the machine the agent runs on (the server's deadline for the
/// attempt less a margin), so that the time the agent took to start does not come out of the margin.
/// </param>
public sealed record AgentBudget(long? Tokens = null, decimal? Usd = null, double? WallSeconds = null, int? Iterations = null, DateTimeOffset? WallUntil = null)
{
    /// <summary>The limits as they stand when the agent starts at <paramref name="now"/>: <see cref="WallUntil"/> folded into the wall time.</summary>
    public AgentBudget AtStart(DateTimeOffset now)
    {
        if (WallUntil is not { } until)
        {
            return this;
        }

        var left = Math.Max((until - now).TotalSeconds, MinimumWallSeconds);
        return this with { WallSeconds = WallSeconds is { } seconds ? Math.Min(seconds, left) : left, WallUntil = null };
    }

    /// <summary>An agent that starts late still gets this much wall time to say why it stops.</summary>
    private const double MinimumWallSeconds = 1;

    /// <summary>What is wrong with the limits, naming the field; null when they are fine.</summary>
    public string? Problem() => this switch
    {
        { Tokens: <= 0 } => "budget.tokens must be at least 1.",
        { Usd: <= 0 } => "budget.usd must be more than 0.",
        { WallSeconds: <= 0 } => "budget.wall_seconds must be more than 0.",
        { Iterations: <= 0 } => "budget.iterations must be at least 1.",
        _ => null,
    };
}
