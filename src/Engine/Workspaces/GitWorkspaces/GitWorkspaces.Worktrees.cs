namespace EventAgents.Engine.Workspaces.GitWorkspaces;

/// <summary>Making, reusing and removing worktrees with the git CLI, one repository operation at a time.</summary>
public sealed partial class GitWorkspaces
{
    private Task<GitWorktree> EnsureAsync(string repositoryPath, string path, string branch, string baseRef, CancellationToken ct) =>
        LockedAsync(repositoryPath, async () =>
        {
            var commonDir = await CommonDirAsync(repositoryPath, ct).ConfigureAwait(false);
            if (Directory.Exists(path))
            {
                return await ReuseAsync(path, branch, commonDir, ct).ConfigureAwait(false);
            }

            await git.RequireAsync(repositoryPath, ["worktree", "prune"], ct).ConfigureAwait(false);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var exists = await git.RunAsync(repositoryPath, ["rev-parse", "--verify", "--quiet", $"refs/heads/{branch}"], ct).ConfigureAwait(false);
            string[] add = exists.ExitCode == 0
                ? ["worktree", "add", path, branch]
                : ["worktree", "add", "-b", branch, path, baseRef];
            await git.RequireAsync(repositoryPath, add, ct).ConfigureAwait(false);
            return new GitWorktree(path, branch);
        }, ct);

    private Task RemoveAsync(string repositoryPath, string path, CancellationToken ct) =>
        LockedAsync(repositoryPath, async () =>
        {
            if (Directory.Exists(path))
            {
                await git.RunAsync(repositoryPath, ["worktree", "remove", "--force", path], ct).ConfigureAwait(false);
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
            }

            await git.RequireAsync(repositoryPath, ["worktree", "prune"], ct).ConfigureAwait(false);
            return true;
        }, ct);

    private async Task<GitWorktree> ReuseAsync(string path, string branch, string commonDir, CancellationToken ct)
    {
        var owner = await git.RunAsync(path, ["rev-parse", "--path-format=absolute", "--git-common-dir"], ct).ConfigureAwait(false);
        var head = await git.RunAsync(path, ["symbolic-ref", "--short", "HEAD"], ct).ConfigureAwait(false);
        return owner.ExitCode == 0 && owner.Output == commonDir && head.ExitCode == 0 && head.Output == branch
            ? new GitWorktree(path, branch)
            : throw new GitCommandException($"'{path}' exists but is not a worktree of this repository on branch '{branch}'.");
    }

    private Task<string> CommonDirAsync(string repositoryPath, CancellationToken ct) =>
        git.RequireAsync(repositoryPath, ["rev-parse", "--path-format=absolute", "--git-common-dir"], ct);
}
