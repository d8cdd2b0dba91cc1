using System.Text;
using System.Text.RegularExpressions;

namespace EventAgents.AgentHost.Tools;

/// <summary><c>glob(pattern)</c>: the workspace's files whose relative path matches a pattern like <c>src/**/*.cs</c>.</summary>
public sealed class GlobTool(Workspace workspace, int maxMatches)
{
    /// <summary>The tool's name.</summary>
    public const string Name = "glob";

    private const string Schema = """
        {"type":"object","properties":{"pattern":{"type":"string","description":"Like src/**/*.cs: * matches within a name, ** any number of directories, ? one character."}},"required":["pattern"]}
        """;

    /// <summary>The function offered to the model.</summary>
    public ToolFunction Function => new(Name, "Finds files of the workspace by a glob pattern.", Schema, GlobAsync, readOnly: true);

    /// <summary>The files matching the <c>pattern</c> argument.</summary>
    public Task<string> GlobAsync(ToolArguments arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var pattern = arguments.String("pattern").Trim().TrimStart('/');
        if (pattern.Length == 0 || pattern.Split('/').Contains(".."))
        {
            throw new ToolRefusedException("The argument 'pattern' must be a relative pattern inside the workspace.");
        }

        var regex = ToRegex(pattern);
        var found = new StringBuilder();
        var count = 0;
        foreach (var (path, isDirectory) in WorkspaceFiles.Walk(workspace, workspace.Root))
        {
            ct.ThrowIfCancellationRequested();
            var relative = WorkspaceFiles.Relative(workspace, path);
            if (isDirectory || !regex.IsMatch(relative))
            {
                continue;
            }

            if (count++ == maxMatches)
            {
                found.Append("[more matches not shown]\n");
                break;
            }

            found.Append(relative).Append('\n');
        }

        return Task.FromResult(count == 0 ? $"No file matches '{pattern}'." : found.ToString());
    }

    /// <summary>The regular expression for a glob pattern over paths with forward slashes.</summary>
    public static Regex ToRegex(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var regex = new StringBuilder("^");
        for (var index = 0; index < pattern.Length; index++)
        {
            var c = pattern[index];
            if (c == '*' && index + 1 < pattern.Length && pattern[index + 1] == '*')
            {
                var slash = index + 2 < pattern.Length && pattern[index + 2] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                index += slash ? 2 : 1;
            }
            else
            {
                regex.Append(c switch { '*' => "[^/]*", '?' => "[^/]", _ => Regex.Escape(c.ToString()) });
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
