using System.Globalization;

namespace EventAgents.Engine.Runners.Sandboxing;

/// <summary>
/// A control group of one step attempt, with its memory, CPU and pids limits: a fork bomb or a memory hog in the step
/// hits its own limits, not the server. Made under the server's own groups, with cgroup v1 (a hierarchy per
/// controller) or v2 (one unified hierarchy). The sandbox's launcher joins it before anything of the step runs.
/// </summary>
public sealed class StepCgroup : IDisposable
{
    private const string Root = "/sys/fs/cgroup";
    private const string Parent = "eventagents-steps";
    private readonly List<string> directories;

    private StepCgroup(List<string> directories) => this.directories = directories;

    /// <summary>The <c>cgroup.procs</c> files a process writes its pid to, to join the group in every hierarchy.</summary>
    public IReadOnlyList<string> ProcessFiles => [.. directories.Select(d => Path.Combine(d, "cgroup.procs"))];

    /// <summary>Makes the group <paramref name="name"/> with <paramref name="limits"/>, or explains why it cannot (not root, no cgroup file system).</summary>
    public static StepCgroup? TryCreate(string name, StepLimits limits, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var made = new List<string>();
        try
        {
            var memberships = File.ReadAllLines("/proc/self/cgroup").Select(line => line.Split(':', 3)).Where(parts => parts.Length == 3).ToList();
            var group = File.Exists(Path.Combine(Root, "cgroup.controllers"))
                ? Unified(memberships, name, limits, made)
                : PerController(memberships, name, limits, made);
            problem = null;
            return group;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            new StepCgroup(made).Dispose();
            problem = $"the step's limits cannot be enforced: its control group could not be made ({exception.Message})";
            return null;
        }
    }

    /// <summary>Kills what is left in the group and removes it.</summary>
    public void Dispose()
    {
        foreach (var directory in Enumerable.Reverse(directories))
        {
            for (var round = 0; round < 50 && Directory.Exists(directory); round++)
            {
                KillMembers(directory);
                try
                {
                    Directory.Delete(directory);
                }
                catch (IOException)
                {
                    Thread.Sleep(20); // Its last members are still exiting.
                }
            }
        }
    }

    private static StepCgroup PerController(List<string[]> memberships, string name, StepLimits limits, List<string> made)
    {
        string Make(string controller)
        {
            var own = memberships.FirstOrDefault(parts => parts[1].Split(',').Contains(controller))
                ?? throw new InvalidOperationException($"this process is in no '{controller}' control group");
            var mount = Path.Combine(Root, controller);
            var directory = Path.Combine(mount + own[2].TrimEnd('/'), Parent, name);
            Directory.CreateDirectory(directory);
            made.Add(directory);
            return directory;
        }

        var pids = Make("pids");
        Write(pids, "pids.max", limits.Pids);
        var memory = Make("memory");
        Write(memory, "memory.limit_in_bytes", limits.MemoryBytes);
        if (File.Exists(Path.Combine(memory, "memory.memsw.limit_in_bytes")))
        {
            Write(memory, "memory.memsw.limit_in_bytes", limits.MemoryBytes);
        }

        var cpu = Make("cpu");
        Write(cpu, "cpu.cfs_quota_us", Quota(limits, long.Parse(File.ReadAllText(Path.Combine(cpu, "cpu.cfs_period_us")).Trim(), CultureInfo.InvariantCulture)));
        return new StepCgroup(made);
    }

    private static StepCgroup Unified(List<string[]> memberships, string name, StepLimits limits, List<string> made)
    {
        var own = memberships.FirstOrDefault(parts => parts[0] == "0") ?? throw new InvalidOperationException("this process is in no unified control group");
        var parent = Path.Combine(Root + own[2].TrimEnd('/'), Parent);
        Directory.CreateDirectory(parent);
        made.Add(parent);
        File.WriteAllText(Path.Combine(parent, "cgroup.subtree_control"), "+pids +memory +cpu");
        var directory = Path.Combine(parent, name);
        Directory.CreateDirectory(directory);
        made.Add(directory);
        Write(directory, "pids.max", limits.Pids);
        Write(directory, "memory.max", limits.MemoryBytes);
        Write(directory, "memory.swap.max", 0);
        const long period = 100_000;
        File.WriteAllText(Path.Combine(directory, "cpu.max"), string.Create(CultureInfo.InvariantCulture, $"{Quota(limits, period)} {period}"));
        made.Remove(parent); // Shared by every step: kept.
        return new StepCgroup(made);
    }

    private static long Quota(StepLimits limits, long period) => Math.Max(1000, (long)(limits.Cpus * period));

    private static void Write(string directory, string file, long value) =>
        File.WriteAllText(Path.Combine(directory, file), value.ToString(CultureInfo.InvariantCulture));

    private static void KillMembers(string directory)
    {
        var procs = Path.Combine(directory, "cgroup.procs");
        if (!File.Exists(procs))
        {
            return;
        }

        foreach (var line in File.ReadAllLines(procs))
        {
            if (int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                try
                {
                    using var process = System.Diagnostics.Process.GetProcessById(pid);
                    process.Kill();
                }
                catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
                {
                    // Already gone.
                }
            }
        }
    }
}
