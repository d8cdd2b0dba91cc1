using System.Collections.Concurrent;

namespace EventAgents.Engine.Workspaces.GitWorkspaces;

/// <summary>
/// Git worktrees of a project's repository: one per run on the run's branch (<c>eventagents/run-&lt;id&gt;</c>),
/// shared by the run's steps and removed when the run ends, and one per board task on its feature branch
/// (<c>eventagents/task-&lt;id&gt;</c>) that lives as long as the task. Branches outlive their worktrees.
/// </summary>
public sealed partial class GitWorkspaces(GitWorkspaceOptions options, GitCli git)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> repositoryLocks = new(StringComparer.Ordinal);

    /// <summary>Where the worktree of a run is (or would be).</summary>
    public string RunPath(string runId) => Path.Combine(Root, "runs", WorkspaceNames.SafeId(runId, nameof(runId)));

    /// <summary>Where the worktree of a board task is (or would be).</summary>
    public string TaskPath(string taskId) => Path.Combine(Root, "tasks", WorkspaceNames.SafeId(taskId, nameof(taskId)));

    /// <summary>
    /// The run's worktree of the repository at <paramref name="repositoryPath"/>, made on the run's branch
    /// (created from <paramref name="baseRef"/> if it does not exist yet) or reused when it is already there.
    /// </summary>
    public Task<GitWorktree> EnsureRunWorktreeAsync(string repositoryPath, string runId, string baseRef, CancellationToken ct) =>
        EnsureAsync(repositoryPath, RunPath(runId), WorkspaceNames.RunBranch(runId), baseRef, ct);

    /// <summary>Removes the run's worktree (its branch stays); nothing happens when there is none.</summary>
    public Task RemoveRunWorktreeAsync(string repositoryPath, string runId, CancellationToken ct) =>
        RemoveAsync(repositoryPath, RunPath(runId), ct);

    /// <summary>The persistent worktree of a board task on its feature branch, made or reused.</summary>
    public Task<GitWorktree> EnsureTaskWorktreeAsync(string repositoryPath, string taskId, string baseRef, CancellationToken ct) =>
        EnsureAsync(repositoryPath, TaskPath(taskId), WorkspaceNames.TaskBranch(taskId), baseRef, ct);

    /// <summary>Removes the task's worktree (its branch stays); nothing happens when there is none.</summary>
    public Task RemoveTaskWorktreeAsync(string repositoryPath, string taskId, CancellationToken ct) =>
        RemoveAsync(repositoryPath, TaskPath(taskId), ct);

    private string Root => Path.GetFullPath(options.Root);

    private async Task<T> LockedAsync<T>(string repositoryPath, Func<Task<T>> action, CancellationToken ct)
    {
        var gate = repositoryLocks.GetOrAdd(Path.GetFullPath(repositoryPath), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return await action().ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }
}
