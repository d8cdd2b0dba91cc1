using System.Diagnostics;
using EventAgents.Application.Steps.Running;

namespace EventAgents.Engine.Runners.LocalProcess;

/// <summary>One running agent child process (sandboxed unless unsafe-local) with its private run directory.</summary>
internal sealed class AgentProcess : IAsyncDisposable
{
    public const string ConfigurationFileName = "step.json";
    private readonly DirectoryInfo privateDirectory;
    private readonly SandboxedStart? sandbox;
    private int ending;

    private AgentProcess(StepLaunch launch, Process process, DirectoryInfo privateDirectory, SandboxedStart? sandbox)
    {
        Launch = launch;
        Process = process;
        ProcessId = process.Id;
        this.privateDirectory = privateDirectory;
        this.sandbox = sandbox;
    }

    public StepLaunch Launch { get; }

    public Process Process { get; }

    public int ProcessId { get; }

    /// <summary>Claims the right to end the agent; true for the first caller (stop, timeout or exit) only.</summary>
    public bool TryClaimEnding() => Interlocked.Exchange(ref ending, 1) == 0;

    /// <summary>Starts the agent of <paramref name="launch"/>, in <paramref name="sandbox"/> unless it is null (unsafe-local).</summary>
    public static async Task<AgentProcess> StartAsync(StepLaunch launch, LocalProcessRunnerOptions options, LocalSandbox? sandbox, CancellationToken ct)
    {
        var agent = options.ResolveAgentAssembly();
        var dotnet = options.ResolveDotnet();
        Directory.CreateDirectory(launch.AgentHomePath);
        var directory = Directory.CreateTempSubdirectory("eventagents-step-");
        SandboxedStart? sandboxed = null;
        try
        {
            var configuration = Path.Combine(directory.FullName, ConfigurationFileName);
            await File.WriteAllTextAsync(configuration, launch.ConfigurationJson, ct).ConfigureAwait(false);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(configuration, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            ProcessStartInfo start;
            if (sandbox is null)
            {
                start = Unsandboxed(launch, dotnet, agent, configuration);
            }
            else
            {
                sandboxed = await sandbox.PrepareAsync(launch, dotnet, agent, directory.FullName, ct).ConfigureAwait(false);
                start = sandboxed.Start;
            }

            var process = Process.Start(start) ?? throw new InvalidOperationException($"The agent for {launch} did not start.");
            process.StandardInput.Close();
            var agentProcess = new AgentProcess(launch, process, directory, sandboxed);
            if (sandboxed is not null)
            {
                try
                {
                    await sandboxed.StartedAsync(ct).ConfigureAwait(false);
                }
                catch
                {
                    agentProcess.Kill();
                    await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                    process.Dispose();
                    throw; // The sandbox and the folder are cleaned up below.
                }
            }

            return agentProcess;
        }
        catch
        {
            if (sandboxed is not null)
            {
                await sandboxed.DisposeAsync().ConfigureAwait(false);
            }

            directory.Delete(recursive: true);
            throw;
        }
    }

    private static ProcessStartInfo Unsandboxed(StepLaunch launch, string dotnet, string agent, string configuration)
    {
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

        return start;
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

    /// <summary>Closes the relay, removes what is left in the control group and the private folder.</summary>
    public async ValueTask DisposeAsync()
    {
        Process.Dispose();
        if (sandbox is not null)
        {
            await sandbox.DisposeAsync().ConfigureAwait(false);
        }

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
