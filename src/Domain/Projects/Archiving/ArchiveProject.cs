using EventAgents.Domain.Common;

namespace EventAgents.Domain.Projects;

/// <summary>Archives a project; it then accepts no further changes.</summary>
public sealed record ArchiveProject(string ProjectId, DateTimeOffset At) : IProjectCommand;

/// <summary>The project was archived.</summary>
public sealed record ProjectArchived(string ProjectId, DateTimeOffset At) : IProjectEvent;

/// <summary>Decides <see cref="ArchiveProject"/>.</summary>
public static class ArchivingProject
{
    /// <summary>Archives the project once.</summary>
    public static Decision<IProjectEvent> Decide(ArchiveProject command, Project state) =>
        state.IsArchived
            ? Decision<IProjectEvent>.Nothing
            : Decision<IProjectEvent>.Accept(new ProjectArchived(state.Id, command.At));
}
