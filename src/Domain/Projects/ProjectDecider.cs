using EventAgents.Domain.Common;

namespace EventAgents.Domain.Projects;

/// <summary>The project aggregate as pure functions.</summary>
public static class ProjectDecider
{
    /// <summary>Decides what happens when <paramref name="command"/> meets <paramref name="state"/>.</summary>
    public static Decision<IProjectEvent> Decide(IProjectCommand command, Project state) => command switch
    {
        CreateProject create => CreatingProject.Decide(create, state),
        _ when !state.Exists => NotFound(command.ProjectId),
        _ when state.IsArchived && command is not ArchiveProject => new DomainError("project.archived", $"Project '{state.Id}' is archived."),
        ChangeDefaultBranch change => ChangingDefaultBranch.Decide(change, state),
        LinkBoard link => LinkingBoard.Decide(link, state),
        ArchiveProject archive => ArchivingProject.Decide(archive, state),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown project command."),
    };

    /// <summary>Applies one event to the state.</summary>
    public static Project Evolve(Project state, IProjectEvent @event) => @event switch
    {
        ProjectCreated e => new Project(e.ProjectId, e.Name, e.Repository, e.DefaultBranch, null, false),
        DefaultBranchChanged e => state with { DefaultBranch = e.Branch },
        BoardLinked e => state with { BoardId = e.BoardId },
        ProjectArchived => state with { IsArchived = true },
        _ => state,
    };

    private static DomainError NotFound(string projectId) => new("project.not-found", $"Project '{projectId}' does not exist.");
}
