using EventAgents.Application.Projects;
using EventAgents.Domain.Projects;
using EventAgents.Platform.EventStore;

namespace EventAgents.Engine.Workspaces;

/// <summary>Finds the repository of a project in its stream; a project that does not exist has none.</summary>
public static class ProjectRepositories
{
    public static Func<string, CancellationToken, Task<ProjectRepository?>> From(EventStore store) => async (projectId, ct) =>
    {
        var project = (await store.LoadAsync(ProjectStreams.Id(projectId), Project.Initial, ProjectStreams.Evolve, ct: ct).ConfigureAwait(false)).State;
        return project.Exists && project.Repository.Length > 0 ? new ProjectRepository(project.Repository, project.DefaultBranch) : null;
    };
}
