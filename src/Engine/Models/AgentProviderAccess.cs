namespace EventAgents.Engine.Models;

/// <summary>What a step's agent is given to reach its model provider (see <see cref="ServerModels.AccessFor"/>).</summary>
/// <param name="Environment">The providers' file's path and the agent's provider key, as variables.</param>
/// <param name="Files">The server's files it reads: the providers' file, a <c>file:</c> key.</param>
/// <param name="Endpoints">Where its model calls go.</param>
public sealed record AgentProviderAccess(IReadOnlyDictionary<string, string> Environment, IReadOnlyList<string> Files, IReadOnlyList<Uri> Endpoints)
{
    /// <summary>Nothing: a model that needs no provider of the server's.</summary>
    public static AgentProviderAccess None { get; } = new(new Dictionary<string, string>(), [], []);
}
