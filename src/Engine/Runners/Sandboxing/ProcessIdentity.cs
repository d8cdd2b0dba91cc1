using System.Globalization;

namespace EventAgents.Engine.Runners.Sandboxing;

/// <summary>The uid and gid this process runs as, read from /proc (no native interop needed).</summary>
public static class ProcessIdentity
{
    /// <summary>The effective uid and gid.</summary>
    public static (int Uid, int Gid) Current()
    {
        int? uid = null;
        int? gid = null;
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("Uid:", StringComparison.Ordinal))
            {
                uid = Effective(line);
            }
            else if (line.StartsWith("Gid:", StringComparison.Ordinal))
            {
                gid = Effective(line);
            }
        }

        return uid is { } u && gid is { } g
            ? (u, g)
            : throw new InvalidOperationException("The process's uid and gid could not be read from /proc/self/status.");
    }

    /// <summary>The effective <c>uid:gid</c>.</summary>
    public static string UserAndGroup()
    {
        var (uid, gid) = Current();
        return string.Create(CultureInfo.InvariantCulture, $"{uid}:{gid}");
    }

    private static int Effective(string line) => int.Parse(line.Split('\t', StringSplitOptions.RemoveEmptyEntries)[2], CultureInfo.InvariantCulture);
}
