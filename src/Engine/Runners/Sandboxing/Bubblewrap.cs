using System.Diagnostics;
using System.Globalization;

namespace EventAgents.Engine.Runners.Sandboxing;

/// <summary>
/// Starts a step in a bubblewrap sandbox: its own mount, PID, IPC, UTS and network namespaces (only a loopback of its
/// own, unless the step may use a network: then <see cref="SandboxNetwork"/> connects it), a root of read-only system folders plus its <see cref="SandboxLayout"/>, a fresh <c>/proc</c>,
/// <c>/dev</c> and <c>/tmp</c>, an unprivileged user with no capabilities and no new privileges, killed with its
/// parent. A root server's sandbox drops to the <see cref="SandboxUser"/> with setpriv once bubblewrap has mounted
/// everything (as root, so no folder on the way needs opening to that user); any other server's sandbox runs as the
/// server's user in a user namespace. A control group, when given, is joined before bubblewrap starts.
/// </summary>
public static class Bubblewrap
{
    /// <summary>The program; Debian's package is <c>bubblewrap</c>.</summary>
    public const string Program = "bwrap";

    private const string JoinVariable = "EVENTAGENTS_SANDBOX_CGROUPS";

    /// <summary>System folders mounted read-only when they exist (symlinks of a merged /usr stay symlinks).</summary>
    private static readonly string[] SystemFolders = ["/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc"];

    /// <summary>Where bubblewrap is, or a start-up error that says how to install it.</summary>
    public static string Find()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, Program))
            .FirstOrDefault(File.Exists);
        return path ?? throw new InvalidOperationException(
            "The local runner sandboxes every step with bubblewrap, which is not installed: install it (Debian and Ubuntu: apt-get install bubblewrap; " +
            "Fedora: dnf install bubblewrap), or run steps in containers (EVENTAGENTS_RUNNER=docker). " +
            "EVENTAGENTS_RUNNER=unsafe-local runs them without a sandbox, for development only.");
    }

    /// <summary>The process that runs <paramref name="command"/> in the sandbox with exactly <paramref name="environment"/>.</summary>
    public static ProcessStartInfo StartInfo(
        string bwrap, SandboxLayout layout, SandboxUser user, IReadOnlyList<string> command, IReadOnlyDictionary<string, string> environment, StepCgroup? cgroup)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo("/bin/sh")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // The launcher joins the control group first, so the step's first process is already counted and limited.
        start.ArgumentList.Add("-c");
        // With a network, bubblewrap tells the sandbox's pid through a file and waits on a pipe until it is connected.
        var handover = layout.Network
            ? $" 3>\"{Path.Combine(layout.RunDirectory, SandboxNetwork.InfoFile)}\" 4<>\"{Path.Combine(layout.RunDirectory, SandboxNetwork.GoFile)}\""
            : "";
        start.ArgumentList.Add($"for f in ${JoinVariable}; do echo $$ > \"$f\" || exit 125; done; unset {JoinVariable}; exec \"$@\"{handover}");
        start.ArgumentList.Add("sandbox");
        start.ArgumentList.Add(bwrap);
        foreach (var argument in Arguments(layout, user))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in command)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.Environment[JoinVariable] = cgroup is null ? "" : string.Join(' ', cgroup.ProcessFiles);
        return start;
    }

    /// <summary>bubblewrap's arguments up to and including the <c>--</c> before the command (the user switch included).</summary>
    public static IReadOnlyList<string> Arguments(SandboxLayout layout, SandboxUser user)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(user);
        var arguments = new List<string>
        {
            "--die-with-parent", "--new-session",
            "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-net", "--unshare-cgroup-try",
            "--hostname", "eventagents-step",
        };
        if (layout.Network)
        {
            arguments.AddRange(["--info-fd", "3", "--block-fd", "4"]);
        }

        if (user.IsServerUser)
        {
            arguments.Add("--unshare-user");
        }
        else
        {
            arguments.AddRange(["--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"]);
        }

        foreach (var folder in SystemFolders)
        {
            var info = new FileInfo(folder);
            if (info.LinkTarget is { } target)
            {
                arguments.AddRange(["--symlink", target, folder]);
            }
            else if (Directory.Exists(folder))
            {
                arguments.AddRange(["--ro-bind", folder, folder]);
            }
        }

        arguments.AddRange(["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp", "--tmpfs", "/run", "--tmpfs", "/var/tmp"]);
        var created = new HashSet<string>(StringComparer.Ordinal) { "/", "/tmp", "/run", "/var/tmp", "/proc", "/dev" };
        var mounts = layout.Writable.Select(path => (Path: Path.GetFullPath(path), Option: "--bind"))
            .Concat(layout.ReadOnly.Select(path => (Path: Path.GetFullPath(path), Option: "--ro-bind")))
            .Where(mount => !SystemFolders.Any(system => IsWithin(mount.Path, system)))
            .DistinctBy(mount => mount.Path)
            .OrderBy(mount => mount.Path.Length);
        foreach (var (path, option) in mounts)
        {
            Parents(path, created, arguments);
            arguments.AddRange([option, path, path]);
            created.Add(path);
        }

        arguments.AddRange(["--bind", layout.RunDirectory, SandboxLayout.RunDirectoryInside]);
        arguments.AddRange(["--ro-bind", Path.Combine(layout.RunDirectory, "passwd"), "/etc/passwd"]);
        arguments.AddRange(["--ro-bind", Path.Combine(layout.RunDirectory, "group"), "/etc/group"]);
        if (layout.Network)
        {
            arguments.AddRange(["--ro-bind", Path.Combine(layout.RunDirectory, SandboxNetwork.ResolverFile), "/etc/resolv.conf"]);
        }

        arguments.AddRange(["--chdir", layout.WorkingDirectory, "--"]);
        if (!user.IsServerUser)
        {
            arguments.AddRange([
                "/usr/bin/setpriv",
                string.Create(CultureInfo.InvariantCulture, $"--reuid={user.Uid}"),
                string.Create(CultureInfo.InvariantCulture, $"--regid={user.Gid}"),
                "--clear-groups", "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "--",
            ]);
        }

        return arguments;
    }

    /// <summary>
    /// Writes the sandbox's own <c>/etc/passwd</c> and <c>/etc/group</c> into the run folder: the step's user by name
    /// (<c>agent</c>, with its home), so tools that look the user up work, and no account of this host.
    /// </summary>
    public static async Task WriteAccountsAsync(string runDirectory, SandboxUser user, string home, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var passwd = string.Create(CultureInfo.InvariantCulture,
            $"root:x:0:0:root:/root:/usr/sbin/nologin\nagent:x:{user.Uid}:{user.Gid}:EventAgents step:{home}:/bin/bash\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n");
        var group = string.Create(CultureInfo.InvariantCulture, $"root:x:0:\nagent:x:{user.Gid}:\nnogroup:x:65534:\n");
        await File.WriteAllTextAsync(Path.Combine(runDirectory, "passwd"), passwd, ct).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(runDirectory, "group"), group, ct).ConfigureAwait(false);
    }

    /// <summary>Creates the parents of a mount point, open to the step's user (bubblewrap would copy the host folders' modes).</summary>
    private static void Parents(string path, HashSet<string> created, List<string> arguments)
    {
        var parents = new Stack<string>();
        for (var parent = Path.GetDirectoryName(path); parent is not null && !created.Contains(parent); parent = Path.GetDirectoryName(parent))
        {
            parents.Push(parent);
        }

        foreach (var parent in parents)
        {
            arguments.AddRange(["--perms", "0755", "--dir", parent]);
            created.Add(parent);
        }
    }

    private static bool IsWithin(string path, string folder) =>
        path == folder || path.StartsWith(folder + "/", StringComparison.Ordinal);
}
