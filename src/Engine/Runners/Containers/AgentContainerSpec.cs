using System.Globalization;
using Docker.DotNet.Models;
using EventAgents.Application.Steps.Running;
using EventAgents.Engine.Runners.LocalProcess;
using EventAgents.Engine.Runners.Sandboxing;

namespace EventAgents.Engine.Runners.Containers;

/// <summary>
/// The container of one step attempt: the image's agent as entrypoint, run as the sandbox user (never root) on a
/// read-only root file system with a private <c>/tmp</c>; writable bind mounts of the workspace and the agent's home
/// (and, for a git worktree, the repository's git directory it points to) at their host paths; the server's shared
/// files read-only; the attempt's run folder (configuration, relay socket, accounts) at <c>/run/eventagents</c>; no
/// network unless configured; limits, no capabilities, no new privileges; an environment built from scratch (never
/// the server's), and the runner's labels.
/// </summary>
public static class AgentContainerSpec
{
    /// <summary>The step's configuration file in the run folder.</summary>
    public const string ConfigurationFileName = "step.json";

    /// <summary>The server's URL as the agent sees it: every connection goes through the relay socket, whatever the host says.</summary>
    public const string ServerUrlInside = "http://localhost/";

    private const string DefaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    public static CreateContainerParameters Create(StepLaunch launch, ContainerRunnerOptions options, SandboxUser user, AttemptRunFolder runFolder)
    {
        ArgumentNullException.ThrowIfNull(runFolder);
        var runDirectory = runFolder.Path;
        var binds = SandboxLayout.WritableFolders(launch).Select(path => $"{path}:{path}").ToList();
        binds.AddRange(launch.SharedFiles.Where(File.Exists).Select(path => $"{path}:{path}:ro"));
        binds.Add($"{runDirectory}:{SandboxLayout.RunDirectoryInside}");
        binds.Add($"{Path.Combine(runDirectory, "passwd")}:/etc/passwd:ro");
        binds.Add($"{Path.Combine(runDirectory, "group")}:/etc/group:ro");
        return new CreateContainerParameters
        {
            Image = options.Image,
            Env = [.. Environment(launch, user, runFolder.EndpointSockets).Select(variable => $"{variable.Key}={variable.Value}")],
            Labels = ContainerLabels.For(options.Scope, launch.RunId, launch.StepId, launch.Attempt),
            User = user.ToString(),
            WorkingDir = launch.WorkspacePath,
            HostConfig = new HostConfig
            {
                Binds = binds,
                ReadonlyRootfs = true,
                Tmpfs = new Dictionary<string, string>
                {
                    ["/tmp"] = string.Create(CultureInfo.InvariantCulture, $"rw,nosuid,nodev,mode=1777,size={options.TmpBytes}"),
                },
                Memory = options.Limits.MemoryBytes,
                MemorySwap = options.Limits.MemoryBytes,
                NanoCPUs = (long)(options.Limits.Cpus * 1_000_000_000),
                PidsLimit = options.Limits.Pids,
                NetworkMode = launch.Network && options.NetworkMode == ContainerRunnerOptions.NoNetwork ? ContainerRunnerOptions.Slirp : options.NetworkMode,
                CapDrop = ["ALL"],
                SecurityOpt = ["no-new-privileges"],
            },
        };
    }

    public static Dictionary<string, string> Environment(StepLaunch launch, SandboxUser user, string? endpointSockets)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = DefaultPath,
            ["HOME"] = launch.AgentHomePath,
            ["LANG"] = "C.UTF-8",
            ["TMPDIR"] = "/tmp",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };
        foreach (var (name, value) in launch.Environment.Where(variable => AgentProcessEnvironment.IsPassedOn(variable.Key)))
        {
            variables[name] = value;
        }

        user.AddGitVariables(variables);
        if (endpointSockets is not null)
        {
            variables[AgentProcessEnvironment.EndpointSockets] = endpointSockets;
        }

        variables[AgentProcessEnvironment.ServerUrl] = ServerUrlInside;
        variables[AgentProcessEnvironment.ServerSocket] = SandboxLayout.Inside(AgentApiRelay.SocketFileName);
        variables[AgentProcessEnvironment.StepToken] = launch.StepToken;
        variables[AgentProcessEnvironment.ConfigurationFile] = SandboxLayout.Inside(ConfigurationFileName);
        variables[AgentProcessEnvironment.RunId] = launch.RunId;
        variables[AgentProcessEnvironment.StepId] = launch.StepId;
        variables[AgentProcessEnvironment.Attempt] = launch.Attempt.ToString(CultureInfo.InvariantCulture);
        variables[AgentProcessEnvironment.Workspace] = launch.WorkspacePath;
        return variables;
    }
}
