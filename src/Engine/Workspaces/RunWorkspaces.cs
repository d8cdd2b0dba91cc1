using EventAgents.Engine.Runs;
using EventAgents.Engine.Workspaces.GitWorkspaces;

namespace EventAgents.Engine.Workspaces;

/// <summary>
/// Where a run's steps work: a git worktree of its project's repository on the run's branch
/// <c>eventagents/run-&lt;id&gt;</c>, started from the project's default branch. A project with a remote repository
/// is cloned once under the root (<c>repos/&lt;project&gt;</c>) and fetched before each new run; a run whose
/// project has no repository gets a fresh repository on its branch.
/// </summary>
public sealed class RunWorkspaces(string root, GitCli git, Func<string, CancellationToken, Task<ProjectRepository?>> repositoryOf) : IWorkspaces
{
    private readonly GitWorkspaces.GitWorkspaces _worktrees = new(new GitWorkspaceOptions(root), git);
    private readonly SemaphoreSlim _cloning = new(1, 1);

    public async Task<string> ForRunAsync(string runId, string projectId, CancellationToken ct)
    {
        var path = _worktrees.RunPath(runId);
        if (await repositoryOf(projectId, ct).ConfigureAwait(false) is not { } repository)
        {
            // git init is idempotent, so a folder left half-made by a crash is completed on the next launch.
            Directory.CreateDirectory(path);
            await git.RequireAsync(path, ["init", "-q", "-b", WorkspaceNames.RunBranch(runId)], ct).ConfigureAwait(false);
            return path;
        }

        if (repository.IsLocal)
        {
            return (await _worktrees.EnsureRunWorktreeAsync(repository.Location, runId, repository.DefaultBranch, ct).ConfigureAwait(false)).Path;
        }

        if (Directory.Exists(path))
        {
            return (await _worktrees.EnsureRunWorktreeAsync(ClonePath(projectId), runId, RemoteBranch(repository), ct).ConfigureAwait(false)).Path;
        }

        var clone = await CloneOrFetchAsync(projectId, repository, ct).ConfigureAwait(false);
        return (await _worktrees.EnsureRunWorktreeAsync(clone, runId, RemoteBranch(repository), ct).ConfigureAwait(false)).Path;
    }

    public string AgentHome(string runId, string stepId)
    {
        var home = Path.Combine(root, "homes", WorkspaceNames.SafeId(runId, nameof(runId)), WorkspaceNames.SafeId(stepId, nameof(stepId)));
        Directory.CreateDirectory(home);
        return home;
    }

    private async Task<string> CloneOrFetchAsync(string projectId, ProjectRepository repository, CancellationToken ct)
    {
        var clone = ClonePath(projectId);
        await _cloning.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (Directory.Exists(Path.Combine(clone, ".git")))
            {
                await git.RequireAsync(clone, ["fetch", "-q", "--prune", "origin"], ct).ConfigureAwait(false);
                return clone;
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
            return clone;
        }
        finally
        {
            _cloning.Release();
        }
    }

    private string ClonePath(string projectId) => Path.Combine(root, "repos", WorkspaceNames.SafeId(projectId, nameof(projectId)));

    private static string RemoteBranch(ProjectRepository repository) => $"origin/{repository.DefaultBranch}";
}
