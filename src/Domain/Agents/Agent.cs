using EventAgents.Domain.Tasks;

namespace EventAgents.Domain.Agents;

/// <summary>An AI team member: who it is, which model drives it, what it may use and when it wakes up.</summary>
/// <param name="Id">Agent id; empty until the agent is created.</param>
/// <param name="Name">Display name.</param>
/// <param name="Persona">System prompt describing the agent's role and manner.</param>
/// <param name="Model">Model identifier, e.g. <c>anthropic/claude-sonnet-4</c>.</param>
/// <param name="Tools">Names of the tools the agent may call.</param>
/// <param name="PulseEvery">How often the agent wakes up to look for work; null when it only runs on demand.</param>
/// <param name="BoardId">The board whose columns the agent works, if any.</param>
/// <param name="Columns">The board columns the agent picks work from.</param>
/// <param name="IsRetired">Retired agents accept no further changes.</param>
public sealed record Agent(
    string Id,
    string Name,
    string Persona,
    string Model,
    IReadOnlyList<string> Tools,
    TimeSpan? PulseEvery,
    string? BoardId,
    IReadOnlyList<BoardTaskStatus> Columns,
    bool IsRetired)
{
    /// <summary>The state before the agent is created.</summary>
    public static Agent Initial { get; } = new("", "", "", "", [], null, null, [], false);

    /// <summary>True once the agent has been created.</summary>
    public bool Exists => Id.Length > 0;
}
