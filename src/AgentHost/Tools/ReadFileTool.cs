namespace EventAgents.AgentHost.Tools;

/// <summary><c>read_file(path)</c>: the text of a file in the workspace, cut at the output cap.</summary>
public sealed class ReadFileTool(Workspace workspace, int outputCapBytes)
{
    /// <summary>The tool's name.</summary>
    public const string Name = "read_file";

    private const string Schema = """
        {"type":"object","properties":{"path":{"type":"string","description":"Path relative to the workspace."}},"required":["path"]}
        """;

    /// <summary>The function offered to the model.</summary>
    public ToolFunction Function => new(Name, "Reads a text file of the workspace.", Schema, ReadAsync, readOnly: true);

    /// <summary>Reads the file named by the <c>path</c> argument.</summary>
    public async Task<string> ReadAsync(ToolArguments arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var path = workspace.Resolve(arguments.String("path"));
        if (!File.Exists(path))
        {
            throw new ToolRefusedException($"There is no file '{workspace.Relative(path)}'.");
        }

        return OutputCap.Apply(await File.ReadAllTextAsync(path, ct).ConfigureAwait(false), outputCapBytes);
    }
}
