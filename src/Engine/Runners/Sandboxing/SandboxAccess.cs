using System.Diagnostics;
using System.Globalization;

namespace EventAgents.Engine.Runners.Sandboxing;

/// <summary>
/// Lets a sandbox user that is not the server's write in the folders a step works in (the workspace, the agent's home,
/// a worktree's repository) with POSIX ACLs, so their owners never change: the server and a person's own git keep
/// working on them as before. The default entries make files the server writes later writable by the step too.
/// </summary>
public static class SandboxAccess
{
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

        var entry = string.Create(CultureInfo.InvariantCulture, $"u:{user.Uid}:rwX,d:u:{user.Uid}:rwX,g:{user.Gid}:rwX,d:g:{user.Gid}:rwX");
        var start = new ProcessStartInfo("setfacl") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in (string[])["-R", "-m", entry, "--", .. paths])
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("setfacl did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException(
                "setfacl was not found: a server running as root needs it to let its steps' user write in their workspace (apt-get install acl).", exception);
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct).ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"setfacl could not give the step's user access to {string.Join(", ", paths)}: {(await error.ConfigureAwait(false)).Trim()}");
            }
        }
    }
}
