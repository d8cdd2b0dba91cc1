using System.Diagnostics;
using System.Runtime.InteropServices;

namespace EventAgents.AgentHost.Commands;

/// <summary>
/// A command started as the leader of a process group of its own (through <c>setsid</c>), so that stopping it kills
/// everything it started, background jobs and orphans included, and never the agent or its parent (whose group the
/// agent shares when it runs as a local process).
/// </summary>
internal static class ProcessGroup
{
    private const int SigKill = 9;

    /// <summary>
    /// Starts <paramref name="start"/>'s program in a new session, and so a new process group whose id is the returned
    /// process's id; without <c>setsid</c> on the PATH it starts it as it is (stopping it then kills its process tree only).
    /// </summary>
    public static Process Start(ProcessStartInfo start)
    {
        ArgumentNullException.ThrowIfNull(start);
        if (FindOnPath("setsid", start.Environment.TryGetValue("PATH", out var path) ? path : null) is { } setsid)
        {
            // The agent's child is not a group leader, so setsid makes the session in place, keeping the process id.
            start.ArgumentList.Insert(0, start.FileName);
            start.ArgumentList.Insert(0, "--wait");
            start.FileName = setsid;
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"'{start.FileName}' did not start.");
    }

    /// <summary>Kills the process's group and its process tree; a group or process already gone is no error.</summary>
    public static void Kill(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        _ = SendSignal(-process.Id, SigKill);
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has exited.
        }
    }

    private static string? FindOnPath(string program, string? path) =>
        (path ?? "/usr/bin:/bin").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int processId, int signal);
}
