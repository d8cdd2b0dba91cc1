namespace EventAgents.AgentHost.Tools;

/// <summary>The directory the agent's tools are confined to; every path a tool touches goes through <see cref="Resolve"/>.</summary>
public sealed class Workspace
{
    /// <summary>Confines tools to <paramref name="root"/>, an existing directory (symbolic links in it are resolved).</summary>
    public Workspace(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        var full = Path.GetFullPath(root);
        if (!Directory.Exists(full))
        {
            throw new DirectoryNotFoundException($"The workspace '{full}' does not exist.");
        }

        var target = new DirectoryInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        Root = Path.TrimEndingDirectorySeparator(target);
    }

    /// <summary>The absolute workspace root.</summary>
    public string Root { get; }

    /// <summary>
    /// The absolute path of <paramref name="path"/> (relative to the root, or absolute inside it); refuses a path that
    /// leaves the workspace by <c>..</c>, by being absolute elsewhere, or through a symbolic link.
    /// </summary>
    public string Resolve(string path)
    {
        if (string.IsNullOrWhiteSpace(path) || path.Contains('\0', StringComparison.Ordinal))
        {
            throw new ToolRefusedException("The path is empty or invalid.");
        }

        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path, Root));
        if (!Contains(full))
        {
            throw new ToolRefusedException($"The path '{path}' is outside the workspace.");
        }

        var current = Root;
        foreach (var segment in Path.GetRelativePath(Root, full).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, segment);
            if (new FileInfo(current).LinkTarget is not null && !Contains(LinkTarget(current)))
            {
                throw new ToolRefusedException($"The path '{path}' leads outside the workspace through a symbolic link.");
            }
        }

        return full;
    }

    /// <summary>The path relative to the root, for messages.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath);

    private bool Contains(string fullPath) =>
        string.Equals(fullPath, Root, StringComparison.Ordinal)
        || fullPath.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string LinkTarget(string link) =>
        Path.TrimEndingDirectorySeparator(new FileInfo(link).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? link);
}
