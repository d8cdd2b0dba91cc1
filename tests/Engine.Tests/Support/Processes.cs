using System.Globalization;

namespace EventAgents.Engine.Tests.Support;

/// <summary>Whether a process still runs, read from /proc (a zombie that only waits to be reaped counts as gone).</summary>
public static class Processes
{
    public static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..][0];
            return state is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }

    public static async Task<bool> GoneWithinAsync(int pid, TimeSpan timeout)
    {
        try
        {
            await Poll.UntilAsync(() => !IsAlive(pid), timeout, $"process {pid} to end");
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// The live processes, as this host sees them, whose command line holds <paramref name="fragment"/> (arguments
    /// joined by spaces): a sandboxed step's processes have other ids inside its PID namespace.
    /// </summary>
    public static IReadOnlyList<int> WithCommandLine(string fragment) =>
        [.. All().Where(pid => CommandLine(pid)?.Contains(fragment, StringComparison.Ordinal) == true && IsAlive(pid))];

    /// <summary>The live processes of the user <paramref name="uid"/>.</summary>
    public static IReadOnlyList<int> OfUser(int uid) => [.. All().Where(pid => UserOf(pid) == uid && IsAlive(pid))];

    private static IEnumerable<int> All() =>
        Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Select(name => int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : 0).Where(pid => pid > 0);

    private static string? CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static int? UserOf(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal));
            return line is null ? null : int.Parse(line.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
