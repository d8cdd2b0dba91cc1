using System.Text;

namespace EventAgents.AgentHost.Tools;

/// <summary><c>list(path?, depth?)</c>: the files and directories under a directory of the workspace (directories end in <c>/</c>).</summary>
public sealed class ListTool(Workspace workspace, int maxEntries)
{
    /// <summary>The tool's name.</summary>
    public const string Name = "list";

    private const string Schema = """
        {"type":"object","properties":{"path":{"type":"string","description":"Directory relative to the workspace; the root when omitted."},"depth":{"type":"integer","description":"How many levels to show; 1 when omitted."}}}
        """;

    /// <summary>The function offered to the model.</summary>
    public ToolFunction Function => new(Name, "Lists the files and directories under a directory of the workspace.", Schema, ListAsync, readOnly: true);

    /// <summary>Lists the directory named by <c>path</c>.</summary>
    public Task<string> ListAsync(ToolArguments arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var directory = workspace.Resolve(arguments.OptionalString("path") ?? ".");
        var depth = arguments.OptionalInt("depth") ?? 1;
        if (depth < 1)
        {
            throw new ToolRefusedException("The argument 'depth' must be at least 1.");
        }

        if (!Directory.Exists(directory))
        {
            throw new ToolRefusedException($"There is no directory '{workspace.Relative(directory)}'.");
        }

        var listing = new StringBuilder();
        var shown = 0;
        foreach (var (path, isDirectory) in WorkspaceFiles.Walk(workspace, directory, depth))
        {
            ct.ThrowIfCancellationRequested();
            if (shown++ == maxEntries)
            {
                listing.Append("[more entries not shown]\n");
                break;
            }

            listing.Append(WorkspaceFiles.Relative(workspace, path)).Append(isDirectory ? "/\n" : "\n");
        }

        return Task.FromResult(shown == 0 ? "The directory is empty." : listing.ToString());
    }
}
