using System.Globalization;

namespace EventAgents.AgentHost.Tools;

/// <summary>
/// <c>edit_file(path, old_string, new_string, replace_all?)</c>: replaces an exact piece of text in a file; refuses when
/// the text is missing, or found more than once without <c>replace_all</c>.
/// </summary>
public sealed class EditFileTool(Workspace workspace, WorkspaceActivity? activity = null)
{
    /// <summary>The tool's name.</summary>
    public const string Name = "edit_file";

    private const string Schema = """
        {"type":"object","properties":{"path":{"type":"string","description":"Path relative to the workspace."},"old_string":{"type":"string","description":"The exact text to replace; it must occur once unless replace_all is true."},"new_string":{"type":"string","description":"The text to put in its place."},"replace_all":{"type":"boolean","description":"Replace every occurrence."}},"required":["path","old_string","new_string"]}
        """;

    /// <summary>The function offered to the model.</summary>
    public ToolFunction Function => new(Name, "Replaces an exact piece of text in a file of the workspace.", Schema, EditAsync);

    /// <summary>Edits the file named by <c>path</c>.</summary>
    public async Task<string> EditAsync(ToolArguments arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var path = workspace.Resolve(arguments.String("path"));
        var oldText = arguments.String("old_string");
        var newText = arguments.OptionalString("new_string") ?? throw new ToolRefusedException("The argument 'new_string' is required.");
        var all = arguments.OptionalBool("replace_all") ?? false;
        var relative = workspace.Relative(path);
        if (!File.Exists(path))
        {
            throw new ToolRefusedException($"There is no file '{relative}'.");
        }

        if (oldText.Length == 0)
        {
            throw new ToolRefusedException("The argument 'old_string' must not be empty.");
        }

        var text = await File.ReadAllTextAsync(path, ct).ConfigureAwait(false);
        var count = Occurrences(text, oldText);
        if (count == 0)
        {
            throw new ToolRefusedException($"The text of 'old_string' was not found in '{relative}'.");
        }

        if (count > 1 && !all)
        {
            throw new ToolRefusedException(string.Create(CultureInfo.InvariantCulture,
                $"The text of 'old_string' occurs {count} times in '{relative}'; include more of the surrounding text to make it unique, or set replace_all."));
        }

        var edited = text.Replace(oldText, newText, StringComparison.Ordinal);
        if (edited != text)
        {
            await File.WriteAllTextAsync(path, edited, ct).ConfigureAwait(false);
            activity?.FileChanged();
        }

        return string.Create(CultureInfo.InvariantCulture, $"Replaced {count} occurrence{(count == 1 ? "" : "s")} in {relative}.");
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var index = text.IndexOf(part, StringComparison.Ordinal); index >= 0; index = text.IndexOf(part, index + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
