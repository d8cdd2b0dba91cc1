namespace EventAgents.Domain.Projects;

/// <summary>Checks on git repository locations and branch names.</summary>
public static class GitNames
{
    private static readonly string[] UrlSchemes = ["https://", "http://", "ssh://", "git://", "file://"];

    /// <summary>True for a clone URL, an scp-like address (<c>git@host:owner/repo.git</c>) or an absolute path.</summary>
    public static bool IsRepositoryLocation(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Any(char.IsWhiteSpace))
        {
            return false;
        }

        if (UrlSchemes.Any(scheme => value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)))
        {
            return value.StartsWith("file:///", StringComparison.OrdinalIgnoreCase)
                || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Host.Length > 0);
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        var isScpLike = at > 0 && value.IndexOf(':', StringComparison.Ordinal) > at + 1;
        return isScpLike || value.StartsWith('/');
    }

    /// <summary>True for a branch name git accepts (a practical subset of <c>git check-ref-format</c>).</summary>
    public static bool IsBranchName(string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && !value.StartsWith('-') && !value.StartsWith('/') && !value.EndsWith('/')
        && !value.EndsWith(".lock", StringComparison.Ordinal) && !value.EndsWith('.')
        && !value.Contains("..", StringComparison.Ordinal) && !value.Contains("//", StringComparison.Ordinal)
        && !value.Contains("@{", StringComparison.Ordinal)
        && value.All(c => !char.IsWhiteSpace(c) && !char.IsControl(c) && c is not ('~' or '^' or ':' or '?' or '*' or '[' or '\\'));
}
