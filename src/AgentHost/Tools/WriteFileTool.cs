using System.Text;

namespace EventAgents.AgentHost.Tools;

/// <summary><c>write_file(path, content)</c>: creates or replaces a file in the workspace, with its directories.</summary>
public sealed class WriteFileTool(Workspace workspace, WorkspaceActivity? activity = null)
{
    /// <summary>The tool's name.</summary>
    public const string Name = "write_file";

    private const string Schema = """
        {"type":"object","properties":{"path":{"type":"string","description":"Path relative to the workspace."},"content":{"type":"string","description":"The whole new text of the file."}},"required":["path","content"]}
        """;

    /// <summary>The function offered to the model.</summary>
    public ToolFunction Function => new(Name, "Creates or replaces a text file of the workspace.", Schema, WriteAsync);

    /// <summary>Writes the <c>content</c> argument to the file named by <c>path</c>.</summary>
    public async Task<string> WriteAsync(ToolArguments arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var path = workspace.Resolve(arguments.String("path"));
        var content = arguments.String("content");
        if (path == workspace.Root || Directory.Exists(path))
        {
            throw new ToolRefusedException($"'{workspace.Relative(path)}' is a directory.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var changed = !File.Exists(path) || await File.ReadAllTextAsync(path, ct).ConfigureAwait(false) != content;
        await File.WriteAllTextAsync(path, content, ct).ConfigureAwait(false);
        if (changed)
        {
            activity?.FileChanged();
        }

        return $"Wrote {Encoding.UTF8.GetByteCount(content)} bytes to {workspace.Relative(path)}.";
    }
}
