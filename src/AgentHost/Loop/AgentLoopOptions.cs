using EventAgents.AgentHost.Configuration;
using EventAgents.Platform.Llm.Usage;

namespace EventAgents.AgentHost.Loop;

/// <summary>How the loop works: its turns, system prompt, limits, stuck detection and where model calls are metered.</summary>
/// <param name="MaxTurns">The most model turns.</param>
public sealed record AgentLoopOptions(int MaxTurns)
{
    /// <summary>The system prompt (see <see cref="Loop.SystemPrompt"/>).</summary>
    public string SystemPrompt { get; init; } = Loop.SystemPrompt.Instructions;

    /// <summary>The attempt's limits; none when null.</summary>
    public AgentBudget? Budget { get; init; }

    /// <summary>When the agent counts as stuck.</summary>
    public StuckSettings Stuck { get; init; } = StuckSettings.Default;

    /// <summary>The ledger the model client records its calls in, for the tokens and cost of each call.</summary>
    public UsageLedger? Usage { get; init; }

    /// <summary>The model's name for the records when no ledger names it.</summary>
    public string Model { get; init; } = "";

    /// <summary>The waits for a person's answer, which the wall-time limit does not count; none when null.</summary>
    public HumanWaits? HumanWaits { get; init; }

    /// <summary>The clock for wall-time limits.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
