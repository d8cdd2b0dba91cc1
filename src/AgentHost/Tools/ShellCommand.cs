using System.Diagnostics;
using EventAgents.AgentHost.Configuration;

namespace EventAgents.AgentHost.Tools;

/// <summary>
/// Runs a command with <c>/bin/sh -c</c> in a directory, with a timeout that kills its whole process tree.
/// The command gets the agent's environment without the step token and the other secret variables it is given.
/// </summary>
public static class ShellCommand
{
    private static readonly TimeSpan DrainGrace = TimeSpan.FromSeconds(2);

    /// <summary>Runs <paramref name="command"/> and returns its exit code and capped output.</summary>
    public static async Task<CommandResult> RunAsync(
        string command, string directory, TimeSpan timeout, int outputCapBytes, TimeProvider time, CancellationToken ct,
        IEnumerable<string>? hiddenVariables = null) =>
        await RunAsync(StartInfo("/bin/sh", command, directory), timeout, outputCapBytes, time, ct, hiddenVariables).ConfigureAwait(false);

    /// <summary><c><paramref name="shell"/> -c <paramref name="command"/></c> in <paramref name="directory"/>, its standard streams redirected.</summary>
    public static ProcessStartInfo StartInfo(string shell, string command, string directory)
    {
        var start = new ProcessStartInfo(shell)
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        return start;
    }

    /// <summary>Runs the program of <paramref name="start"/> (its arguments given) and returns its exit code and capped output.</summary>
    public static async Task<CommandResult> RunAsync(
        ProcessStartInfo start, TimeSpan timeout, int outputCapBytes, TimeProvider time, CancellationToken ct, IEnumerable<string>? hiddenVariables = null)
    {
        ArgumentNullException.ThrowIfNull(start);
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.Environment.Remove(AgentEnvironment.StepToken);
        foreach (var name in hiddenVariables ?? [])
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The shell did not start.");
        process.StandardInput.Close();
        var output = new CappedText(outputCapBytes);
        var drains = Task.WhenAll(DrainAsync(process.StandardOutput, output), DrainAsync(process.StandardError, output));
        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, ct);
        try
        {
            await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
            await Task.WhenAny(drains, Task.Delay(DrainGrace, time, CancellationToken.None)).ConfigureAwait(false);
            return new CommandResult(null, output.ToString(), TimedOut: true);
        }

        await Task.WhenAny(drains, Task.Delay(DrainGrace, time, ct)).ConfigureAwait(false);
        return new CommandResult(process.ExitCode, output.ToString(), TimedOut: false);
    }

    private static async Task DrainAsync(StreamReader reader, CappedText output)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            output.Append(buffer.AsSpan(0, read));
        }
    }
}
