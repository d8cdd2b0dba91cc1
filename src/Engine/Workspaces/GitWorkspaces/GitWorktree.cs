namespace EventAgents.Engine.Workspaces.GitWorkspaces;

/// <summary>A working tree of a repository, checked out on its own branch.</summary>
/// <param name="Path">Absolute path of the worktree.</param>
/// <param name="Branch">The branch checked out in it, such as <c>eventagents/run-42</c>.</param>
public sealed record GitWorktree(string Path, string Branch);
