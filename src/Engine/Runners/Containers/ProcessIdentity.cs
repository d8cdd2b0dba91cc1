using System.Globalization;

namespace EventAgents.Engine.Runners.Containers;

/// <summary>The uid and gid this process runs as, read from /proc (no native interop needed).</summary>
internal static class ProcessIdentity
{
    public static string UserAndGroup()
    {
        string? uid = null;
        string? gid = null;
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

        return uid is not null && gid is not null
            ? $"{uid}:{gid}"
            : throw new InvalidOperationException("The process's uid and gid could not be read from /proc/self/status.");
    }

    private static string Effective(string line) =>
        int.Parse(line.Split('\t', StringSplitOptions.RemoveEmptyEntries)[2], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
}
