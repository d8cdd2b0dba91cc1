using EventAgents.Domain.Common;

namespace EventAgents.Domain.Projects;

/// <summary>Changes the branch that work starts from and pull requests target.</summary>
public sealed record ChangeDefaultBranch(string ProjectId, string Branch, DateTimeOffset At) : IProjectCommand;

/// <summary>The project's default branch changed.</summary>
public sealed record DefaultBranchChanged(string ProjectId, string Branch, DateTimeOffset At) : IProjectEvent;

/// <summary>Decides <see cref="ChangeDefaultBranch"/>.</summary>
public static class ChangingDefaultBranch
{
    /// <summary>Changes the branch unless it already is the default.</summary>
    public static Decision<IProjectEvent> Decide(ChangeDefaultBranch command, Project state)
    {
        if (!GitNames.IsBranchName(command.Branch))
        {
            return new DomainError("project.invalid-branch", $"'{command.Branch}' is not a valid branch name.");
        }

        return state.DefaultBranch == command.Branch
            ? Decision<IProjectEvent>.Nothing
            : Decision<IProjectEvent>.Accept(new DefaultBranchChanged(state.Id, command.Branch, command.At));
    }
}
