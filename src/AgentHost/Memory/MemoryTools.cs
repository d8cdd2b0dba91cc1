using System.Globalization;
using System.Text;
using EventAgents.AgentHost.Tools;

namespace EventAgents.AgentHost.Memory;

/// <summary>
/// <c>memory_read</c>, <c>memory_write</c> and <c>memory_search</c>: notes kept as markdown files in the agent's own
/// memory (<c>$HOME/memory</c>, kept between steps) or the team's shared vault, each confined to its folder.
/// </summary>
public sealed class MemoryTools(string ownFolder, string? teamVault, int outputCapBytes, int maxMatches)
{
    private const string Own = "own";
    private const string Team = "team";

    private const string ScopeProperty = """
        "scope":{"type":"string","enum":["own","team"],"description":"own: your notes (default); team: the shared team vault."}
        """;

    /// <summary>The functions offered to the model.</summary>
    public IEnumerable<ToolFunction> Functions =>
    [
        new("memory_read", "Reads one of your notes, or lists them when no name is given.",
            Schema("""{"name":{"type":"string","description":"The note, like decisions or topics/api.md."}""", ""), ReadAsync, readOnly: true),
        new("memory_write", "Writes (or appends to) a markdown note that you will find again in later steps.",
            Schema("""{"name":{"type":"string"},"content":{"type":"string"},"append":{"type":"boolean"}""", ""","required":["name","content"]"""), WriteAsync),
        new("memory_search", "Searches your notes (or the team vault) for lines containing the query.",
            Schema("""{"query":{"type":"string"}""", ""","required":["query"]"""), SearchAsync, readOnly: true),
    ];

    /// <summary>The note's text, or the list of notes.</summary>
    public async Task<string> ReadAsync(ToolArguments arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var folder = Folder(arguments);
        if (arguments.OptionalString("name") is not { Length: > 0 } name)
        {
            var notes = Notes(folder).Select(path => folder.Relative(path).Replace(Path.DirectorySeparatorChar, '/')).ToList();
            return notes.Count == 0 ? "There are no notes yet." : string.Join('\n', notes);
        }

        var path = folder.Resolve(NoteName(name));
        return File.Exists(path)
            ? OutputCap.Apply(await File.ReadAllTextAsync(path, ct).ConfigureAwait(false), outputCapBytes)
            : throw new ToolRefusedException($"There is no note '{NoteName(name)}'.");
    }

    /// <summary>Writes or appends to a note.</summary>
    public async Task<string> WriteAsync(ToolArguments arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var folder = Folder(arguments);
        var name = NoteName(arguments.String("name"));
        var path = folder.Resolve(name);
        if (path == folder.Root || Directory.Exists(path))
        {
            throw new ToolRefusedException($"'{name}' is a folder.");
        }

        var content = arguments.String("content");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (arguments.OptionalBool("append") == true)
        {
            await File.AppendAllTextAsync(path, content.EndsWith('\n') ? content : content + "\n", ct).ConfigureAwait(false);
            return $"Appended to note {name}.";
        }

        await File.WriteAllTextAsync(path, content, ct).ConfigureAwait(false);
        return $"Wrote note {name}.";
    }

    /// <summary>Lines of the notes that contain the query, ignoring case.</summary>
    public async Task<string> SearchAsync(ToolArguments arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var folder = Folder(arguments);
        var query = arguments.String("query");
        var found = new StringBuilder();
        var count = 0;
        foreach (var note in Notes(folder))
        {
            var lines = await File.ReadAllLinesAsync(note, ct).ConfigureAwait(false);
            for (var number = 0; number < lines.Length && count < maxMatches; number++)
            {
                if (lines[number].Contains(query, StringComparison.OrdinalIgnoreCase))
                {
                    count++;
                    found.Append(CultureInfo.InvariantCulture, $"{folder.Relative(note).Replace(Path.DirectorySeparatorChar, '/')}:{number + 1}: {lines[number]}\n");
                }
            }
        }

        return count == 0 ? $"No note mentions '{query}'." : found.ToString();
    }

    private Workspace Folder(ToolArguments arguments)
    {
        var scope = arguments.OptionalString("scope") ?? Own;
        var path = scope switch
        {
            Own => ownFolder,
            Team => teamVault ?? throw new ToolRefusedException("This agent has no team vault."),
            _ => throw new ToolRefusedException("The argument 'scope' must be 'own' or 'team'."),
        };
        Directory.CreateDirectory(path);
        return new Workspace(path);
    }

    private static string Schema(string properties, string required) =>
        $"{{\"type\":\"object\",\"properties\":{properties},{ScopeProperty.Trim()}}}{required}}}";

    private static string NoteName(string name) => name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? name : name + ".md";

    private static IEnumerable<string> Notes(Workspace folder) =>
        Directory.EnumerateFiles(folder.Root, "*.md", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .Order(StringComparer.Ordinal);
}
