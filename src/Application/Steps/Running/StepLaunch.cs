namespace EventAgents.Application.Steps.Running;

/// <summary>Everything a runner needs to start the agent of one attempt of a step.</summary>
/// <param name="RunId">The run.</param>
/// <param name="StepId">The step.</param>
/// <param name="Attempt">The attempt the agent reports on.</param>
/// <param name="WorkspacePath">Absolute path of the workspace; the agent's working directory and the only place its tools touch.</param>
/// <param name="AgentHomePath">Absolute path of the agent's home directory (HOME).</param>
/// <param name="Environment">Extra environment variables for the agent; never the server's secrets.</param>
/// <param name="ConfigurationJson">The step's configuration for the agent (prompt, model, script; or a command step's <c>command</c> and <c>working_directory</c>), as JSON.</param>
/// <param name="ServerUrl">Base URL of the API the agent reports to.</param>
/// <param name="StepToken">Short-lived token scoped to this attempt (see <see cref="StepTokens"/>).</param>
/// <param name="Timeout">How long the agent may run before it is killed; none when null.</param>
public sealed record StepLaunch(
    string RunId,
    string StepId,
    int Attempt,
    string WorkspacePath,
    string AgentHomePath,
    IReadOnlyDictionary<string, string> Environment,
    string ConfigurationJson,
    Uri ServerUrl,
    string StepToken,
    TimeSpan? Timeout)
{
    /// <summary>
    /// Files of the server the step may read, which a sandbox mounts read-only: the model providers' file and the key
    /// files it references. Nothing else of the server's is visible to a sandboxed step.
    /// </summary>
    public IReadOnlyList<string> SharedFiles { get; init; } = [];

    /// <summary>
    /// The endpoints outside the sandbox the step may connect to besides the server (its model providers'): a
    /// sandbox with no network relays each of them and nothing else.
    /// </summary>
    public IReadOnlyList<Uri> Endpoints { get; init; } = [];

    /// <summary>Whether the step may open network connections of its own (never to this host's loopback); see <c>StepFlow.Network</c>.</summary>
    public bool Network { get; init; }

    /// <summary>Hides the step token from logs and exception messages.</summary>
    public override string ToString() => $"StepLaunch {{ RunId = {RunId}, StepId = {StepId}, Attempt = {Attempt} }}";
}
