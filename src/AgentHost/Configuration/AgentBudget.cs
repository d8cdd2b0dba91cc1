namespace EventAgents.AgentHost.Configuration;

/// <summary>The limits of one attempt; a missing limit does not apply.</summary>
/// <param name="Tokens">Input and output tokens of all model calls.</param>
/// <param name="Usd">Cost of the model calls in US dollars.</param>
/// <param name="WallSeconds">Wall time from the agent's start.</param>
/// <param name="Iterations">Model calls.</param>
public sealed record AgentBudget(long? Tokens = null, decimal? Usd = null, double? WallSeconds = null, int? Iterations = null)
{
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
