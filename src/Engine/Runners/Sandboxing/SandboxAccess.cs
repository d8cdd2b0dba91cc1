using System.Globalization;

namespace EventAgents.Engine.Runners.Sandboxing;

/// <summary>
/// Lets a sandbox user that is not the server's write in the folders a step works in (the workspace, the agent's home,
/// a worktree's repository) with POSIX ACLs, so their owners never change: the server and a person's own git keep
/// working on them as before. The default entries make files the server writes later writable by the step too.
/// </summary>
public static class SandboxAccess
{
    private const string AclMissing = "a server running as root needs it to let its steps' user write in their workspace (apt-get install acl)";

    /// <summary>Grants <paramref name="user"/> read and write in each folder, recursively; nothing for the server's own user.</summary>
    public static async Task GrantAsync(SandboxUser user, IEnumerable<string> folders, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(folders);
        var paths = folders.Where(Directory.Exists).Distinct(StringComparer.Ordinal).ToList();
        if (user.IsServerUser || paths.Count == 0)
        {
            return;
        }

        // A folder granted before passes its default entry to everything made in it since: the walk is needed once.
        var inherited = string.Create(CultureInfo.InvariantCulture, $"default:user:{user.Uid}:rwx");
        var granted = Granted(await HostCommand.RunAsync("getfacl", ["--absolute-names", "--", .. paths], AclMissing, ct).ConfigureAwait(false), inherited);
        var missing = paths.Where(path => !granted.Contains(path)).ToList();
        if (missing.Count > 0)
        {
            var entry = string.Create(CultureInfo.InvariantCulture, $"u:{user.Uid}:rwX,d:u:{user.Uid}:rwX,g:{user.Gid}:rwX,d:g:{user.Gid}:rwX");
            await HostCommand.RunAsync("setfacl", ["-R", "-m", entry, "--", .. missing], AclMissing, ct).ConfigureAwait(false);
        }
    }

    private static HashSet<string> Granted(string listing, string inherited)
    {
        var granted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in listing.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (lines.FirstOrDefault(line => line.StartsWith("# file: ", StringComparison.Ordinal)) is { } file && lines.Contains(inherited))
            {
                granted.Add(file["# file: ".Length..]);
            }
        }

        return granted;
    }
}
