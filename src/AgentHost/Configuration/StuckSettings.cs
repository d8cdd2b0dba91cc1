namespace EventAgents.AgentHost.Configuration;

/// <summary>When the agent counts as stuck: first it is nudged, then stopped.</summary>
/// <param name="Repeats">The same tool call (name and arguments) this many times in a row.</param>
/// <param name="IdleTurns">This many turns in a row with no file change and no new tool result.</param>
public sealed record StuckSettings(int Repeats = 3, int IdleTurns = 6)
{
    /// <summary>The defaults: three repeats, six idle turns.</summary>
    public static StuckSettings Default { get; } = new();

    /// <summary>What is wrong, naming the field; null when fine.</summary>
    public string? Problem() => this switch
    {
        { Repeats: < 2 } => "stuck.repeats must be at least 2.",
        { IdleTurns: < 1 } => "stuck.idle_turns must be at least 1.",
        _ => null,
    };
}
