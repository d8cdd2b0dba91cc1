namespace EventAgents.Engine.Runners.Sandboxing;

/// <summary>
/// A git worktree's <c>.git</c> is a file naming its git directory inside the main repository's; git in the sandbox
/// needs that repository's git directory at the same path, so the runners mount it too (and a root server grants its steps' user access to it).
/// </summary>
internal static class GitWorktrees
{
    /// <summary>The repository's common git directory when <paramref name="workspace"/> is a worktree of it, else null.</summary>
    public static string? CommonDirectoryOf(string workspace)
    {
        var dotGit = Path.Combine(workspace, ".git");
        if (!File.Exists(dotGit))
        {
            return null;
        }

        var line = File.ReadLines(dotGit).FirstOrDefault(text => text.StartsWith("gitdir:", StringComparison.Ordinal));
        if (line is null)
        {
            return null;
        }

        var gitDirectory = Path.GetFullPath(line["gitdir:".Length..].Trim(), workspace);
        var commonFile = Path.Combine(gitDirectory, "commondir");
        var common = File.Exists(commonFile) ? Path.GetFullPath(File.ReadAllText(commonFile).Trim(), gitDirectory) : gitDirectory;
        return Directory.Exists(common) ? Path.TrimEndingDirectorySeparator(common) : null;
    }
}
