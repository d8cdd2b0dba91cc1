namespace EventAgents.Engine;

/// <summary>How the engine and its agent API are set up (see <see cref="EngineServiceCollectionExtensions"/>).</summary>
public sealed class EngineOptions
{
    /// <summary>Where the runs' and tasks' worktrees and the agents' homes live; needed unless the host registers its own workspaces.</summary>
    public string? WorkspaceRoot { get; set; }

    /// <summary>
    /// How long a step token lives: at least the longest step. An agent waiting for a person's answer gets it renewed while it polls.
    /// </summary>
    public TimeSpan StepTokenLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The agent API's address for a host whose web server does not serve it (a bench); by default where the web server listens.</summary>
    public Uri? AgentApiUrl { get; set; }

    /// <summary>How many messages the engine node handles at once.</summary>
    public int Concurrency { get; set; } = 16;

    /// <summary>Whether the node does the board work (agents' pulses, the wrap-up of task runs); off for a node that runs pipelines only.</summary>
    public bool BoardWork { get; set; } = true;
}
