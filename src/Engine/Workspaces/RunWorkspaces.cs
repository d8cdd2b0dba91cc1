using EventAgents.Engine.Runs;
using EventAgents.Engine.Workspaces.GitWorkspaces;

namespace EventAgents.Engine.Workspaces;

/// <summary>
/// Where runs work: a git worktree of the project's repository on the run's branch <c>eventagents/run-&lt;id&gt;</c>, or for
/// a run that works a board task, the task's persistent worktree on <c>eventagents/task-&lt;id&gt;</c>; both start from the
/// project's default branch. A remote repository is cloned once under the root (<c>repos/&lt;project&gt;</c>) and fetched
/// before each new worktree; a run whose project has no repository gets a fresh repository on its branch.
/// </summary>
public sealed class RunWorkspaces(string root, GitCli git, Func<string, CancellationToken, Task<ProjectRepository?>> repositoryOf) : IWorkspaces
{
    private readonly GitWorkspaces.GitWorkspaces _worktrees = new(new GitWorkspaceOptions(root), git);
    private readonly SemaphoreSlim _cloning = new(1, 1);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> _initializing = new(StringComparer.Ordinal);

    public async Task<string> ForRunAsync(string runId, string projectId, string? taskId, CancellationToken ct)
    {
        var (path, branch) = taskId is null
            ? (_worktrees.RunPath(runId), WorkspaceNames.RunBranch(runId))
            : (_worktrees.TaskPath(taskId), WorkspaceNames.TaskBranch(taskId));
        if (await repositoryOf(projectId, ct).ConfigureAwait(false) is not { } repository)
        {
            await InitializeAsync(path, branch, ct).ConfigureAwait(false);
            return path;
        }

        var (source, baseRef) = await SourceAsync(projectId, repository, fetch: !Directory.Exists(path), ct).ConfigureAwait(false);
        var worktree = taskId is null
            ? await _worktrees.EnsureRunWorktreeAsync(source, runId, baseRef, ct).ConfigureAwait(false)
            : await _worktrees.EnsureTaskWorktreeAsync(source, taskId, baseRef, ct).ConfigureAwait(false);
        return worktree.Path;
    }

    /// <summary>
    /// git init is idempotent, so a folder left half-made by a crash is completed on the next launch, but for the lock
    /// files a killed init leaves (<c>config.lock</c>, <c>HEAD.lock</c>), which make every later init fail. This process
    /// initializes a folder one launch at a time (parallel steps of a run share it), so a lock found then is stale.
    /// </summary>
    private async Task InitializeAsync(string path, string branch, CancellationToken ct)
    {
        var gate = _initializing.GetOrAdd(path, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            Directory.CreateDirectory(path);
            foreach (var stale in (string[])["config.lock", "HEAD.lock"])
            {
                var lockFile = Path.Combine(path, ".git", stale);
                if (File.Exists(lockFile))
                {
                    File.Delete(lockFile);
                }
            }

            await git.RequireAsync(path, ["init", "-q", "-b", branch], ct).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    public string AgentHome(string runId, string stepId)
    {
        var home = Path.Combine(root, "homes", WorkspaceNames.SafeId(runId, nameof(runId)), WorkspaceNames.SafeId(stepId, nameof(stepId)));
        Directory.CreateDirectory(home);
        return home;
    }

    /// <summary>The repository worktrees are made from, and the ref a new branch starts at.</summary>
    public async Task<(string Repository, string BaseRef)> SourceAsync(string projectId, ProjectRepository repository, bool fetch, CancellationToken ct)
    {
        if (repository.IsLocal)
        {
            return (repository.Location, repository.DefaultBranch);
        }

        var clone = ClonePath(projectId);
        if (fetch || !Directory.Exists(clone))
        {
            await CloneOrFetchAsync(clone, repository, ct).ConfigureAwait(false);
        }

        return (clone, $"origin/{repository.DefaultBranch}");
    }

    private async Task CloneOrFetchAsync(string clone, ProjectRepository repository, CancellationToken ct)
    {
        await _cloning.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (Directory.Exists(Path.Combine(clone, ".git")))
            {
                await git.RequireAsync(clone, ["fetch", "-q", "--prune", "origin"], ct).ConfigureAwait(false);
                return;
            }

            // Clone beside the final folder and move it in place, so a crash never leaves a half-made clone behind.
            var partial = clone + ".partial";
            if (Directory.Exists(partial))
            {
                Directory.Delete(partial, recursive: true);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(clone)!);
            await git.RequireAsync(root, ["clone", "-q", "--no-checkout", repository.Location, partial], ct).ConfigureAwait(false);
            Directory.Move(partial, clone);
        }
        finally
        {
            _cloning.Release();
        }
    }

    private string ClonePath(string projectId) => Path.Combine(root, "repos", WorkspaceNames.SafeId(projectId, nameof(projectId)));
}
