using System.Diagnostics;

namespace EventAgents.Engine.Runners.Sandboxing;

/// <summary>A program of this host the sandboxes need (getfacl, setfacl, mkfifo), run to its end.</summary>
internal static class HostCommand
{
    /// <summary>Its standard output; a clear error naming the program when it is missing or fails.</summary>
    /// <param name="missing">Why it is needed and how to install it, for the error when it is not there.</param>
    public static async Task<string> RunAsync(string program, string[] arguments, string missing, CancellationToken ct)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"{program} was not found: {missing}.", exception);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(ct);
            var error = process.StandardError.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct).ConfigureAwait(false);
            return process.ExitCode == 0
                ? await output.ConfigureAwait(false)
                : throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {(await error.ConfigureAwait(false)).Trim()}");
        }
    }
}
