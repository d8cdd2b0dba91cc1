namespace EventAgents.Domain.Projects;

/// <summary>A software project: the git repository agents work on and the board that tracks the work.</summary>
/// <param name="Id">Project id; empty until the project is created.</param>
/// <param name="Name">Display name.</param>
/// <param name="Repository">Clone URL or absolute local path of the git repository.</param>
/// <param name="DefaultBranch">Branch that feature branches start from and pull requests target.</param>
/// <param name="BoardId">The board linked to the project, if any.</param>
/// <param name="IsArchived">Archived projects accept no further changes.</param>
public sealed record Project(
    string Id, string Name, string Repository, string DefaultBranch, string? BoardId, bool IsArchived)
{
    /// <summary>The state before the project is created.</summary>
    public static Project Initial { get; } = new("", "", "", "", null, false);

    /// <summary>True once the project has been created.</summary>
    public bool Exists => Id.Length > 0;
}
