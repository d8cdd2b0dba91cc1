using EventAgents.Application.Steps.Running;
using EventAgents.Engine.Models;

namespace EventAgents.Engine.Runs;

/// <summary>How the engine tells an agent where to report and proves the agent's right to report on its step.</summary>
/// <param name="ServerUrl">The API the agents report to.</param>
/// <param name="Tokens">Issues the short-lived step tokens.</param>
/// <param name="TokenLifetime">How long a step token is valid; at least the longest step.</param>
public sealed record AgentLaunchSettings(Uri ServerUrl, StepTokens Tokens, TimeSpan TokenLifetime)
{
    /// <summary>The server's model providers, handed to agents whose agent names a model; offline by default.</summary>
    public ServerModels Models { get; init; } = ServerModels.Offline;
}
