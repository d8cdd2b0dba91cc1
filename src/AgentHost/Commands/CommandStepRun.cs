using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using EventAgents.AgentHost.Configuration;
using EventAgents.AgentHost.Reporting;
using EventAgents.AgentHost.Tools;

namespace EventAgents.AgentHost.Commands;

/// <summary>
/// The attempt of a command step: <c>bash -c</c> with the step's command, in its directory of the workspace, with the
/// agent's environment less the agent's own credentials; the exit code decides the result (<c>pass</c> for 0,
/// <c>fail</c> otherwise), reported with what it printed, capped, as the step's output. The output is reported once, with
/// the result: the step's output is what it last recorded, and the run's log lists every recording, so streaming lines
/// as well would show each of them twice.
/// Stopping it (the agent's token cancelled: SIGTERM) kills the command's whole process group and reports a failure.
/// </summary>
public sealed class CommandStepRun(
    CommandConfiguration command, string workspace, IReadOnlyDictionary<string, string> environment, IAgentReporter reporter, TimeProvider time)
{
    /// <summary>How much output is kept and reported, in characters.</summary>
    public const int OutputLimit = 64 * 1024;

    /// <summary>The failure reported when the command is stopped before it exits.</summary>
    public const string Stopped = "The command was stopped before it finished: its step was cancelled or its process was told to terminate.";

    /// <summary>Variables of the agent that the command does not get: its credential and the plumbing of its reports.</summary>
    private static readonly string[] AgentOnly =
    [
        AgentEnvironment.StepToken, AgentEnvironment.ServerUrl, AgentEnvironment.ServerSocket, AgentEnvironment.EndpointSockets,
        AgentEnvironment.ConfigurationFile, AgentEnvironment.LlmConfiguration,
    ];

    private static readonly TimeSpan DrainGrace = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan FinalReportTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Runs the command and reports; returns the agent's exit code.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        string directory;
        try
        {
            directory = Directory();
        }
        catch (Exception exception) when (exception is ToolRefusedException or DirectoryNotFoundException)
        {
            await reporter.FailedAsync(exception.Message, ct).ConfigureAwait(false);
            return AgentProgram.Failed;
        }

        Process process;
        try
        {
            process = ProcessGroup.Start(StartInfo(directory));
        }
        catch (Win32Exception exception)
        {
            await reporter.FailedAsync($"bash could not be started: {exception.Message}", ct).ConfigureAwait(false);
            return AgentProgram.Misconfigured;
        }

        using var started = process;
        var output = new CommandOutput(OutputLimit);
        process.StandardInput.Close();
        var drained = Task.WhenAll(DrainAsync(process.StandardOutput, output), DrainAsync(process.StandardError, output));
        bool exited;
        try
        {
            exited = await ExitedAsync(process, ct).ConfigureAwait(false);
        }
        finally
        {
            // Stopped, a report that failed, or background processes the command left behind.
            ProcessGroup.Kill(process);
        }

        if (!exited)
        {
            using var final = new CancellationTokenSource(FinalReportTimeout);
            await reporter.FailedAsync(Stopped, final.Token).ConfigureAwait(false);
            return AgentProgram.Failed;
        }

        await Task.WhenAny(drained, Task.Delay(DrainGrace, time, ct)).ConfigureAwait(false);
        await reporter.CompletedAsync(process.ExitCode == 0 ? "pass" : "fail", JsonSerializer.Serialize(output.ToString()), ct).ConfigureAwait(false);
        return AgentProgram.Completed;
    }

    /// <summary>Waits until the command exits (true) or is stopped (false).</summary>
    private static async Task<bool> ExitedAsync(Process process, CancellationToken ct)
    {
        try
        {
            await process.WaitForExitAsync(ct).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return false;
        }
    }

    private string Directory()
    {
        var root = new Workspace(workspace);
        var directory = command.WorkingDirectory is { Length: > 0 } relative ? root.Resolve(relative) : root.Root;
        return System.IO.Directory.Exists(directory)
            ? directory
            : throw new DirectoryNotFoundException($"The working directory '{command.WorkingDirectory}' does not exist in the workspace.");
    }

    private ProcessStartInfo StartInfo(string directory)
    {
        var start = ShellCommand.StartInfo("bash", command.Command, directory);
        start.Environment.Clear();
        foreach (var (name, value) in environment.Where(variable => !AgentOnly.Contains(variable.Key, StringComparer.Ordinal)))
        {
            start.Environment[name] = value;
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        return start;
    }

    private static async Task DrainAsync(StreamReader reader, CommandOutput output)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            output.Append(buffer.AsSpan(0, read));
        }
    }
}
