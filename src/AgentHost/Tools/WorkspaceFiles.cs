namespace EventAgents.AgentHost.Tools;

/// <summary>
/// Walks a directory of the workspace: skips <c>.git</c>, never descends into a linked directory and leaves out links
/// that lead outside the workspace, so listing and searching cannot escape it.
/// </summary>
internal static class WorkspaceFiles
{
    /// <summary>Entries under <paramref name="directory"/> (absolute), directories first in each level, sorted by name.</summary>
    public static IEnumerable<(string Path, bool IsDirectory)> Walk(Workspace workspace, string directory, int maxDepth = int.MaxValue)
    {
        var pending = new Stack<(DirectoryInfo Directory, int Depth)>();
        pending.Push((new DirectoryInfo(directory), 1));
        while (pending.Count > 0)
        {
            var (current, depth) = pending.Pop();
            FileSystemInfo[] entries;
            try
            {
                entries = [.. current.EnumerateFileSystemInfos().OrderBy(entry => entry.Name, StringComparer.Ordinal)];
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            var subdirectories = new List<DirectoryInfo>();
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
                    subdirectories.Add((DirectoryInfo)entry);
                }
            }

            for (var index = subdirectories.Count - 1; index >= 0; index--)
            {
                pending.Push((subdirectories[index], depth + 1));
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
