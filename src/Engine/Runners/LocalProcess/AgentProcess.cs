using System.Diagnostics;
using EventAgents.Application.Steps.Running;

namespace EventAgents.Engine.Runners.LocalProcess;

/// <summary>One running agent child process with its private configuration directory.</summary>
internal sealed class AgentProcess : IDisposable
{
    private const string ConfigurationFileName = "step.json";
    private readonly DirectoryInfo privateDirectory;
    private int ending;

    private AgentProcess(StepLaunch launch, Process process, DirectoryInfo privateDirectory)
    {
        Launch = launch;
        Process = process;
        ProcessId = process.Id;
        this.privateDirectory = privateDirectory;
    }

    public StepLaunch Launch { get; }

    public Process Process { get; }

    public int ProcessId { get; }

    /// <summary>Claims the right to end the agent; true for the first caller (stop, timeout or exit) only.</summary>
    public bool TryClaimEnding() => Interlocked.Exchange(ref ending, 1) == 0;

    public static async Task<AgentProcess> StartAsync(StepLaunch launch, LocalProcessRunnerOptions options, CancellationToken ct)
    {
        var agent = options.ResolveAgentAssembly();
        var dotnet = options.ResolveDotnet();
        Directory.CreateDirectory(launch.AgentHomePath);
        var directory = Directory.CreateTempSubdirectory("eventagents-step-");
        try
        {
            var configuration = Path.Combine(directory.FullName, ConfigurationFileName);
            await File.WriteAllTextAsync(configuration, launch.ConfigurationJson, ct).ConfigureAwait(false);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(configuration, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            var start = new ProcessStartInfo(dotnet)
            {
                WorkingDirectory = launch.WorkspacePath,
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.ArgumentList.Add(agent);
            start.Environment.Clear();
            foreach (var (name, value) in AgentProcessEnvironment.For(launch, configuration, dotnet))
            {
                start.Environment[name] = value;
            }

            var process = Process.Start(start) ?? throw new InvalidOperationException($"The agent for {launch} did not start.");
            process.StandardInput.Close();
            return new AgentProcess(launch, process, directory);
        }
        catch
        {
            directory.Delete(recursive: true);
            throw;
        }
    }

    /// <summary>Kills the agent and everything it started, without waiting.</summary>
    public void Kill()
    {
        try
        {
            Process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has already exited (and may have been cleaned up).
        }
    }

    /// <summary>Kills the agent and its processes and waits (up to <paramref name="wait"/>) for it to be gone; for the watcher only.</summary>
    public async Task KillAsync(TimeSpan wait, TimeProvider time)
    {
        Kill();
        using var deadline = new CancellationTokenSource(wait, time);
        try
        {
            await Process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The watcher waits for the exit in any case.
        }
    }

    public void Dispose()
    {
        Process.Dispose();
        try
        {
            privateDirectory.Delete(recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone.
        }
    }
}
