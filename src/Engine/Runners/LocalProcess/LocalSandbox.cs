using System.Diagnostics;
using System.Globalization;
using EventAgents.Application.Steps.Running;
using EventAgents.Engine.Runners.Sandboxing;

namespace EventAgents.Engine.Runners.LocalProcess;

/// <summary>
/// How the local runner isolates a step: bubblewrap with the step's folders, the agent program and the runtime
/// (<see cref="Bubblewrap"/>), the step's user (<see cref="SandboxUser"/>), a control group with its limits, and
/// relays as its only ways out: one to the server's agent API and one to each of its model providers' endpoints.
/// Made once per runner, so a machine without bubblewrap fails at start-up with a clear message.
/// </summary>
internal sealed class LocalSandbox(string bwrap, SandboxUser user, StepLimits limits, string? limitsProblem)
{
    public SandboxUser User { get; } = user;

    /// <summary>
    /// Why steps run without memory, CPU and pids limits, when this server cannot make control groups (typically not
    /// root on cgroup v2 without delegation): they still run, so an unwritable cgroup file system does not stop every
    /// step; null when the limits hold.
    /// </summary>
    public string? LimitsProblem { get; } = limitsProblem;

    /// <summary>Finds bubblewrap and tries a control group once, to know whether the steps' limits can hold.</summary>
    public static LocalSandbox Create(LocalProcessRunnerOptions options)
    {
        var bwrap = Bubblewrap.Find();
        using var probe = StepCgroup.TryCreate($"probe-{Guid.NewGuid():N}", options.Limits, out var problem);
        return new LocalSandbox(bwrap, options.User ?? SandboxUser.For(Environment.GetEnvironmentVariable), options.Limits,
            probe is null ? $"Steps run in their sandbox without memory, CPU and pids limits: {problem}." : null);
    }

    /// <summary>Prepares the attempt's run folder, relay and control group, and the process that starts its agent.</summary>
    public async Task<SandboxedStart> PrepareAsync(StepLaunch launch, string dotnet, string agent, string runDirectory, CancellationToken ct)
    {
        await Bubblewrap.WriteAccountsAsync(runDirectory, User, launch.AgentHomePath, ct).ConfigureAwait(false);
        List<AgentApiRelay> relays = [AgentApiRelay.Start(launch.ServerUrl, Path.Combine(runDirectory, AgentApiRelay.SocketFileName))];
        StepCgroup? cgroup = null;
        SandboxNetwork? network = null;
        try
        {
            var writable = SandboxLayout.WritableFolders(launch);
            await SandboxAccess.GrantAsync(User, [.. writable, runDirectory], ct).ConfigureAwait(false);
            var layout = new SandboxLayout(launch.WorkspacePath, writable, ReadOnly(launch, dotnet, agent), runDirectory) { Network = launch.Network };
            network = launch.Network ? await SandboxNetwork.PrepareAsync(runDirectory, User, ct).ConfigureAwait(false) : null;
            cgroup = LimitsProblem is null ? StepCgroup.TryCreate(CgroupName(launch), limits, out _) : null;
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
