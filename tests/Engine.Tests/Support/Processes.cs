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
}
