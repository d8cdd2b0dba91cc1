using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace EventAgents.Engine.Runs;

/// <summary>Runs a pipeline's command step (such as the tests) with bash in the workspace: exit code 0 is <c>pass</c>.</summary>
public sealed class CommandStepRunner
{
    private const int OutputLimit = 64 * 1024;
    private readonly ConcurrentDictionary<(string RunId, string StepId), Process> _running = new();

    /// <summary>Kills the command of a step, if one runs; its attempt then reports a failure.</summary>
    public void Stop(string runId, string stepId)
    {
        if (_running.TryRemove((runId, stepId), out var process))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It had exited.
            }
        }
    }

    public async Task<(string Result, string Output)> RunAsync(
        string runId, string stepId, string command, string workingDirectory, TimeSpan? timeout, CancellationToken ct)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash could not be started.");
        _running[(runId, stepId)] = process;
        var output = new StringBuilder();
        var pumps = Task.WhenAll(PumpAsync(process.StandardOutput, output), PumpAsync(process.StandardError, output));
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (timeout is { } t)
        {
            limit.CancelAfter(t);
        }

        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        finally
        {
            _running.TryRemove(new KeyValuePair<(string, string), Process>((runId, stepId), process));
        }

        await pumps.ConfigureAwait(false);
        return (process.ExitCode == 0 ? "pass" : "fail", Truncated(output));
    }

    private static async Task PumpAsync(StreamReader reader, StringBuilder sink)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            lock (sink)
            {
                if (sink.Length < OutputLimit)
                {
                    sink.Append(buffer, 0, Math.Min(read, OutputLimit - sink.Length));
                }
            }
        }
    }

    private static string Truncated(StringBuilder output)
    {
        lock (output)
        {
            return output.Length >= OutputLimit ? output + "\n[output truncated]" : output.ToString();
        }
    }
}
