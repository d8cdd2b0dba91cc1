using System.Text.RegularExpressions;

namespace EventAgents.Architecture.Tests.Rules;

/// <summary>
/// The table of allowed dependencies between projects, read from the section <c>## Allowed dependencies</c> of
/// docs/ARCHITECTURE.md: the first table after that heading, one row per project, its first column the project in
/// backticks, its second the projects it may use, each in backticks (anything else in the cell is a comment).
/// </summary>
public sealed partial class AllowedDependencyTable(IReadOnlyDictionary<string, IReadOnlySet<string>> allowed)
{
    public const string DocumentPath = "docs/ARCHITECTURE.md";

    public const string Heading = "## Allowed dependencies";

    /// <summary>Each project's row: the projects it may use.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Allowed { get; } = allowed;

    public static AllowedDependencyTable Load(string repositoryRoot) =>
        Parse(File.ReadAllText(Path.Combine(repositoryRoot, DocumentPath)));

    /// <exception cref="FormatException">The section, its table or a row cannot be read.</exception>
    public static AllowedDependencyTable Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.Trim() == Heading);
        if (start < 0)
        {
            throw new FormatException($"{DocumentPath} has no section '{Heading}'.");
        }

        var rows = lines.Skip(start + 1)
            .TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .SkipWhile(l => !l.TrimStart().StartsWith('|'))
            .TakeWhile(l => l.TrimStart().StartsWith('|'))
            .Skip(2) // the header and its separator
            .ToList();
        if (rows.Count == 0)
        {
            throw new FormatException($"The section '{Heading}' of {DocumentPath} has no table with rows.");
        }

        var allowed = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var cells = row.Trim().Trim('|').Split('|');
            var project = cells.Length >= 2 ? Quoted(cells[0]).SingleOrDefault() : null;
            if (project is null)
            {
                throw new FormatException($"A row of the table of allowed dependencies names no project in backticks in its first column: '{row}'.");
            }

            if (!allowed.TryAdd(project, Quoted(cells[1]).ToHashSet(StringComparer.Ordinal)))
            {
                throw new FormatException($"The table of allowed dependencies has two rows for '{project}'.");
            }
        }

        return new AllowedDependencyTable(allowed);
    }

    private static IEnumerable<string> Quoted(string cell) => InBackticks().Matches(cell).Select(m => m.Groups[1].Value);

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex InBackticks();
}
