using System.Diagnostics;
using System.Globalization;
using EventAgents.Application.Steps.Running;
using EventAgents.Engine.Runners.Sandboxing;

namespace EventAgents.Engine.Runners.LocalProcess;

/// <summary>
/// How the local runner isolates a step: bubblewrap with the step's folders, the agent program and the runtime
/// (<see cref="Bubblewrap"/>), the step's user (<see cref="SandboxUser"/>), a control group with its limits, and
/// relays as its only ways out: one to the server's agent API and one to each of its model providers' endpoints. Made once per runner, so a machine without bubblewrap
/// fails at start-up with a clear message.
/// </summary>
internal sealed class LocalSandbox(string bwrap, SandboxUser user, StepLimits limits, Action<string> limitsUnavailable)
{
    private int warned;

    public SandboxUser User { get; } = user;

    /// <param name="limitsUnavailable">Told, once, when a step's control group cannot be made (a server without a
    /// delegated cgroup, typically not root on cgroup v2): its steps then run without memory, CPU and pids limits, so
    /// an unwritable cgroup file system does not stop every step.</param>
    public static LocalSandbox Create(LocalProcessRunnerOptions options, Action<string> limitsUnavailable) =>
        new(Bubblewrap.Find(), options.User ?? SandboxUser.For(Environment.GetEnvironmentVariable), options.Limits, limitsUnavailable);

    /// <summary>Prepares the attempt's run folder, relay and control group, and the process that starts its agent.</summary>
    public async Task<SandboxedStart> PrepareAsync(StepLaunch launch, string dotnet, string agent, string runDirectory, CancellationToken ct)
    {
        await Bubblewrap.WriteAccountsAsync(runDirectory, User, launch.AgentHomePath, ct).ConfigureAwait(false);
        List<AgentApiRelay> relays = [AgentApiRelay.Start(launch.ServerUrl, Path.Combine(runDirectory, AgentApiRelay.SocketFileName))];
        StepCgroup? cgroup = null;
        SandboxNetwork? network = null;
        try
        {
            var repository = GitWorktrees.CommonDirectoryOf(launch.WorkspacePath);
            string[] writable = repository is null ? [launch.WorkspacePath, launch.AgentHomePath] : [launch.WorkspacePath, launch.AgentHomePath, repository];
            await SandboxAccess.GrantAsync(User, [.. writable, runDirectory], ct).ConfigureAwait(false);
            var layout = new SandboxLayout(launch.WorkspacePath, writable, ReadOnly(launch, dotnet, agent), runDirectory) { Network = launch.Network };
            network = launch.Network ? await SandboxNetwork.PrepareAsync(runDirectory, User, ct).ConfigureAwait(false) : null;
            cgroup = StepCgroup.TryCreate(CgroupName(launch), limits, out var problem);
            if (cgroup is null && Interlocked.Exchange(ref warned, 1) == 0)
            {
                limitsUnavailable($"Steps run in their sandbox without memory, CPU and pids limits: {problem}.");
            }
            var variables = new Dictionary<string, string>(AgentProcessEnvironment.For(launch, SandboxLayout.Inside(AgentProcess.ConfigurationFileName), dotnet), StringComparer.Ordinal)
            {
                [AgentProcessEnvironment.ServerSocket] = SandboxLayout.Inside(AgentApiRelay.SocketFileName),
                ["TMPDIR"] = "/tmp",
            };
            if (EndpointRelays.Start(launch.Endpoints, runDirectory, relays) is { } sockets)
            {
                variables[AgentProcessEnvironment.EndpointSockets] = sockets;
            }

            User.AddGitVariables(variables);

            var start = Bubblewrap.StartInfo(bwrap, layout, User, [dotnet, agent], variables, cgroup);
            return new SandboxedStart(start, relays, cgroup, network);
        }
        catch
        {
            cgroup?.Dispose();
            if (network is not null)
            {
                await network.DisposeAsync().ConfigureAwait(false);
            }

            foreach (var relay in relays)
            {
                await relay.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }


    private static List<string> ReadOnly(StepLaunch launch, string dotnet, string agent)
    {
        var files = new List<string>(AgentProgramFiles.Of(agent));
        if (AgentProgramFiles.RuntimeFolder(dotnet) is { } runtime)
        {
            files.Add(runtime);
        }

        files.AddRange(launch.SharedFiles.Where(File.Exists));
        return files;
    }

    private static string CgroupName(StepLaunch launch)
    {
        var readable = new string([.. $"{launch.RunId}-{launch.StepId}".Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
        return string.Create(CultureInfo.InvariantCulture, $"{(readable.Length > 60 ? readable[..60] : readable)}-{launch.Attempt}-{Guid.NewGuid():N}");
    }
}

/// <summary>A prepared sandboxed start and what lives as long as its process: the relays and the control group.</summary>
internal sealed class SandboxedStart(ProcessStartInfo start, IReadOnlyList<AgentApiRelay> relays, StepCgroup? cgroup, SandboxNetwork? network) : IAsyncDisposable
{
    public ProcessStartInfo Start { get; } = start;

    /// <summary>After the process started: connects its network, if it has one, and lets it go on.</summary>
    public Task StartedAsync(CancellationToken ct) => network?.ConnectAsync(ct) ?? Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        cgroup?.Dispose();
        if (network is not null)
        {
            await network.DisposeAsync().ConfigureAwait(false);
        }

        foreach (var relay in relays)
        {
            await relay.DisposeAsync().ConfigureAwait(false);
        }
    }
}
