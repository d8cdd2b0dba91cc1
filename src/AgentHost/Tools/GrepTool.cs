using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EventAgents.AgentHost.Tools;

/// <summary><c>grep(pattern, path?, glob?)</c>: lines of the workspace's text files that match a regular expression, as <c>file:line: text</c>.</summary>
public sealed class GrepTool(Workspace workspace, int maxMatches)
{
    /// <summary>The tool's name.</summary>
    public const string Name = "grep";

    private const int MaxLineChars = 300;
    private const long MaxFileBytes = 2 * 1024 * 1024;

    private const string Schema = """
        {"type":"object","properties":{"pattern":{"type":"string","description":"A .NET regular expression."},"path":{"type":"string","description":"A file or directory relative to the workspace; the root when omitted."},"glob":{"type":"string","description":"Only files whose path matches this glob, like **/*.cs."},"ignore_case":{"type":"boolean"}},"required":["pattern"]}
        """;

    /// <summary>The function offered to the model.</summary>
    public ToolFunction Function => new(Name, "Searches the workspace's text files for lines matching a regular expression.", Schema, GrepAsync, readOnly: true);

    /// <summary>The matching lines.</summary>
    public async Task<string> GrepAsync(ToolArguments arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var regex = Pattern(arguments.String("pattern"), arguments.OptionalBool("ignore_case") ?? false);
        var start = workspace.Resolve(arguments.OptionalString("path") ?? ".");
        var filter = arguments.OptionalString("glob") is { Length: > 0 } glob ? GlobTool.ToRegex(glob.TrimStart('/')) : null;
        var files = File.Exists(start) ? [start] : Directory.Exists(start)
            ? WorkspaceFiles.Walk(workspace, start).Where(entry => !entry.IsDirectory).Select(entry => entry.Path)
            : throw new ToolRefusedException($"There is no file or directory '{workspace.Relative(start)}'.");
        var found = new StringBuilder();
        var count = 0;
        foreach (var file in files)
        {
            var relative = WorkspaceFiles.Relative(workspace, file);
            if ((filter is not null && !filter.IsMatch(relative)) || new FileInfo(file).Length > MaxFileBytes)
            {
                continue;
            }

            var lines = await File.ReadAllLinesAsync(file, ct).ConfigureAwait(false);
            if (lines.Any(line => line.Contains('\0', StringComparison.Ordinal)))
            {
                continue;
            }

            for (var number = 0; number < lines.Length; number++)
            {
                if (!Matches(regex, lines[number]))
                {
                    continue;
                }

                if (count++ == maxMatches)
                {
                    return found.Append(CultureInfo.InvariantCulture, $"[stopped at {maxMatches} matches]\n").ToString();
                }

                var line = lines[number].Length > MaxLineChars ? string.Concat(lines[number].AsSpan(0, MaxLineChars), "…") : lines[number];
                found.Append(CultureInfo.InvariantCulture, $"{relative}:{number + 1}: {line}\n");
            }
        }

        return count == 0 ? "No line matches." : found.ToString();
    }

    private static Regex Pattern(string pattern, bool ignoreCase)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None), TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException exception)
        {
            throw new ToolRefusedException($"The argument 'pattern' is not a valid regular expression: {exception.Message}");
        }
    }

    private static bool Matches(Regex regex, string line)
    {
        try
        {
            return regex.IsMatch(line);
        }
        catch (RegexMatchTimeoutException)
        {
            throw new ToolRefusedException("The pattern took too long to match; make it simpler.");
        }
    }
}
