namespace EventAgents.AgentHost.Tools;

/// <summary>
/// Walks a directory of the workspace: skips <c>.git</c>, never descends into a linked directory and leaves out links
/// that lead outside the workspace, so listing and searching cannot escape it.
/// </summary>
internal static class WorkspaceFiles
{
    /// <summary>Entries under <paramref name="directory"/> (absolute), depth first, sorted by name in each directory.</summary>
    public static IEnumerable<(string Path, bool IsDirectory)> Walk(Workspace workspace, string directory, int maxDepth = int.MaxValue, int depth = 1)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = [.. new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(entry => entry.Name, StringComparer.Ordinal)];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            yield break;
        }

        foreach (var entry in entries)
        {
            if (entry.Name == ".git" || (entry.LinkTarget is not null && !Inside(workspace, entry)))
            {
                continue;
            }

            var isDirectory = entry is DirectoryInfo;
            yield return (entry.FullName, isDirectory);
            if (isDirectory && entry.LinkTarget is null && depth < maxDepth)
            {
                foreach (var inner in Walk(workspace, entry.FullName, maxDepth, depth + 1))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>The path relative to the workspace with forward slashes.</summary>
    public static string Relative(Workspace workspace, string path) => workspace.Relative(path).Replace(Path.DirectorySeparatorChar, '/');

    private static bool Inside(Workspace workspace, FileSystemInfo link)
    {
        try
        {
            workspace.Resolve(link.FullName);
            return true;
        }
        catch (ToolRefusedException)
        {
            return false;
        }
    }
}
