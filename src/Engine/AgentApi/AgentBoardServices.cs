using EventAgents.Application.GitHosting;
using EventAgents.Engine.Runs;
using EventAgents.Engine.Secrets;
using EventAgents.Engine.Workspaces;
using EventAgents.Engine.Workspaces.GitWorkspaces;
using EventAgents.Platform.EventStore;

namespace EventAgents.Engine.AgentApi;

/// <summary>What the agents' board and pull-request endpoints work with.</summary>
/// <param name="Store">The event store holding runs, projects and boards.</param>
/// <param name="Workspaces">The runs' workspaces, to push a run's branch from.</param>
/// <param name="RepositoryOf">A project's repository, or null when it has none.</param>
/// <param name="GitHost">Where pull requests are opened.</param>
/// <param name="Git">The git command line.</param>
/// <param name="Clock">The time events are stamped with.</param>
public sealed record AgentBoardServices(
    EventStore Store, IWorkspaces Workspaces, Func<string, CancellationToken, Task<ProjectRepository?>> RepositoryOf, IGitHost GitHost, GitCli Git,
    TimeProvider Clock)
{
    /// <summary>Masks the secrets the server knows in what agents write to boards and pull requests.</summary>
    public SecretRedactor Redactor { get; init; } = SecretRedactor.None;
}
