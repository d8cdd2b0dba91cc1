namespace EventAgents.Engine.Workspaces;

/// <summary>The git repository of a project, as the workspaces need it.</summary>
/// <param name="Location">An absolute local path or a clone URL.</param>
/// <param name="DefaultBranch">The branch a run's branch starts from.</param>
public sealed record ProjectRepository(string Location, string DefaultBranch)
{
    /// <summary>True when <see cref="Location"/> is a folder on this machine, used in place rather than cloned.</summary>
    public bool IsLocal => Path.IsPathFullyQualified(Location);
}
