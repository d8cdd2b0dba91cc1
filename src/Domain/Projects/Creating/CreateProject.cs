using EventAgents.Domain.Common;

namespace EventAgents.Domain.Projects;

/// <summary>Registers a project on a git repository.</summary>
public sealed record CreateProject(string ProjectId, string Name, string Repository, string DefaultBranch, DateTimeOffset At) : IProjectCommand;

/// <summary>A project was registered.</summary>
public sealed record ProjectCreated(string ProjectId, string Name, string Repository, string DefaultBranch, DateTimeOffset At) : IProjectEvent;

/// <summary>Decides <see cref="CreateProject"/>.</summary>
public static class CreatingProject
{
    /// <summary>Creates the project once; creating it again with the same data changes nothing.</summary>
    public static Decision<IProjectEvent> Decide(CreateProject command, Project state)
    {
        if (state.Exists)
        {
            return state.Name == command.Name && state.Repository == command.Repository && state.DefaultBranch == command.DefaultBranch
                ? Decision<IProjectEvent>.Nothing
                : new DomainError("project.already-exists", $"Project '{command.ProjectId}' already exists with other settings.");
        }

        if (Text.IsBlank(command.ProjectId))
        {
            return Text.Required("project", "id");
        }

        if (Text.IsBlank(command.Name))
        {
            return Text.Required("project", "name");
        }

        if (!GitNames.IsRepositoryLocation(command.Repository))
        {
            return new DomainError("project.invalid-repository", $"'{command.Repository}' is neither a git URL nor an absolute path.");
        }

        if (!GitNames.IsBranchName(command.DefaultBranch))
        {
            return new DomainError("project.invalid-branch", $"'{command.DefaultBranch}' is not a valid branch name.");
        }

        return Decision<IProjectEvent>.Accept(
            new ProjectCreated(command.ProjectId, command.Name.Trim(), command.Repository, command.DefaultBranch, command.At));
    }
}
