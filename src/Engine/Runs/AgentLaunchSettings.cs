using EventAgents.Application.Steps.Running;
using EventAgents.Domain.Pipelines;
using EventAgents.Engine.Models;

namespace EventAgents.Engine.Runs;

/// <summary>
/// How the engine tells the agent program (working on an agent step, or running a command step's command) where to
/// report, and proves its right to report on its step.
/// </summary>
/// <param name="ServerUrl">The API the agents report to.</param>
/// <param name="Tokens">Issues the short-lived step tokens.</param>
/// <param name="TokenLifetime">How long a step token is valid; at least the longest step.</param>
public sealed record AgentLaunchSettings(Uri ServerUrl, StepTokens Tokens, TimeSpan TokenLifetime)
{
    /// <summary>The server's model providers, handed to agents whose agent names a model; offline by default.</summary>
    public ServerModels Models { get; init; } = ServerModels.Offline;

    /// <summary>
    /// The launch of an attempt of <paramref name="step"/> with a fresh token scoped to it, the network the step allows,
    /// and no runner timeout: the engine's deadline for the attempt times it out and stops it.
    /// </summary>
    public StepLaunch Launch(
        string runId, StepDefinition step, int attempt, string workspace, string home, IReadOnlyDictionary<string, string> environment, string configurationJson)
    {
        ArgumentNullException.ThrowIfNull(step);
        var token = Tokens.Issue(new StepTokenScope(runId, step.Id, attempt), TokenLifetime);
        return new StepLaunch(runId, step.Id, attempt, workspace, home, environment, configurationJson, ServerUrl, token, Timeout: null)
        {
            Network = step.Flow.Network,
        };
    }
}
