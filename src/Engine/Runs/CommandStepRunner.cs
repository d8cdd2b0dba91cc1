using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using EventAgents.Application.Steps.Running;

namespace EventAgents.Engine.Runs;

/// <summary>
/// Runs a pipeline's command step (such as the tests) with bash in the workspace, in the background: the launch returns
/// at once and the exit is reported like an agent's (exit code 0 is <c>pass</c>), so no queue lease is held while the
/// command runs, and a command lost with its server is relaunched by reconciliation like an agent.
/// </summary>
public sealed class CommandStepRunner(IAgentReportSink reports) : IAsyncDisposable
{
    private const int OutputLimit = 64 * 1024;
    private readonly ConcurrentDictionary<(string RunId, string StepId), RunningCommand> _running = new();
    private readonly CancellationTokenSource _disposing = new();

    /// <summary>
    /// Starts the command of an attempt. Starting the attempt that already runs does nothing; starting another attempt
    /// of the same step stops the old one first.
    /// </summary>
    public void Start(string runId, string stepId, int attempt, string command, string workingDirectory, string home, TimeSpan? timeout)
    {
        ObjectDisposedException.ThrowIf(_disposing.IsCancellationRequested, this);
        if (_running.TryGetValue((runId, stepId), out var current))
        {
            if (current.Attempt == attempt)
            {
                return;
            }

            Stop(runId, stepId);
        }

        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        SetEnvironment(start, runId, stepId, attempt, workingDirectory, home);
        var process = Process.Start(start) ?? throw new InvalidOperationException("bash could not be started.");
        var running = new RunningCommand(attempt, process);
        _running[(runId, stepId)] = running;
        running.Watcher = WatchAsync(runId, stepId, running, timeout);
    }

    /// <summary>Kills the command of a step, if one runs; nothing is reported for it (the engine has moved on).</summary>
    public void Stop(string runId, string stepId)
    {
        if (_running.TryRemove((runId, stepId), out var running))
        {
            running.Stopped = true;
            Kill(running.Process);
        }
    }

    /// <summary>Kills every command without reporting: after a restart, reconciliation launches them again.</summary>
    public async ValueTask DisposeAsync()
    {
        await _disposing.CancelAsync().ConfigureAwait(false);
        var watchers = new List<Task>();
        foreach (var key in _running.Keys)
        {
            if (_running.TryRemove(key, out var running))
            {
                running.Stopped = true;
                Kill(running.Process);
                watchers.Add(running.Watcher);
            }
        }

        await Task.WhenAll(watchers).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _disposing.Dispose();
    }

    private async Task WatchAsync(string runId, string stepId, RunningCommand running, TimeSpan? timeout)
    {
        await Task.Yield();
        using var process = running.Process;
        var output = new StringBuilder();
        var pumps = Task.WhenAll(PumpAsync(process.StandardOutput, output), PumpAsync(process.StandardError, output));
        using var limit = new CancellationTokenSource();
        if (timeout is { } t)
        {
            limit.CancelAfter(t);
        }

        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            Kill(process);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        await pumps.ConfigureAwait(false);
        _running.TryRemove(new KeyValuePair<(string, string), RunningCommand>((runId, stepId), running));
        if (running.Stopped)
        {
            return;
        }

        try
        {
            if (timedOut)
            {
                await reports.FailedAsync(runId, stepId, running.Attempt, $"The command ran longer than {timeout}.", _disposing.Token).ConfigureAwait(false);
            }
            else
            {
                await reports.CompletedAsync(runId, stepId, running.Attempt, process.ExitCode == 0 ? "pass" : "fail", Truncated(output), _disposing.Token)
                    .ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_disposing.IsCancellationRequested)
        {
            // Shutting down: the step is still Running in its run, so reconciliation launches it again at the next start.
        }
    }

    /// <summary>
    /// An environment built from scratch, like an agent's: none of the server's variables (its database connection
    /// string, provider keys, tokens) reach the command, only PATH, a HOME of the step's own and the step's identity.
    /// </summary>
    private static void SetEnvironment(ProcessStartInfo start, string runId, string stepId, int attempt, string workspace, string home)
    {
        var path = Environment.GetEnvironmentVariable("PATH");
        start.Environment.Clear();
        start.Environment["PATH"] = string.IsNullOrEmpty(path) ? "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" : path;
        start.Environment["HOME"] = home;
        start.Environment["LANG"] = "C.UTF-8";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["EVENTAGENTS_RUN_ID"] = runId;
        start.Environment["EVENTAGENTS_STEP_ID"] = stepId;
        start.Environment["EVENTAGENTS_ATTEMPT"] = attempt.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["EVENTAGENTS_WORKSPACE"] = workspace;
    }

    private static void Kill(Process process)
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

    private sealed class RunningCommand(int attempt, Process process)
    {
        public int Attempt { get; } = attempt;

        public Process Process { get; } = process;

        public Task Watcher { get; set; } = Task.CompletedTask;

        public volatile bool Stopped;
    }
}
