namespace EventAgents.Engine.Workspaces.GitWorkspaces;

/// <summary>Where worktrees are made.</summary>
/// <param name="Root">The directory that holds <c>runs/&lt;run id&gt;</c> and <c>tasks/&lt;task id&gt;</c>.</param>
public sealed record GitWorkspaceOptions(string Root);
