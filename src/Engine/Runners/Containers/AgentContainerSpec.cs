using System.Globalization;
using EventAgents.Application.Steps.Running;
using EventAgents.Engine.Runners.LocalProcess;
using EventAgents.Engine.Runners.Sandboxing;
using EventAgents.Platform.Docker;

namespace EventAgents.Engine.Runners.Containers;

/// <summary>
/// The container of one step attempt: the image's agent as entrypoint, the workspace and the agent's home bind-mounted
/// at their host paths (and, for a git worktree, the repository's git directory it points to), limits, no capabilities,
/// no new privileges, an environment built from scratch (never the server's), and the runner's labels.
/// </summary>
internal static class AgentContainerSpec
{
    private const string DefaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    /// <summary>
    /// The step's configuration file, in the agent's home (mounted anyway, private to the step): writing it there costs
    /// no extra engine call (a copy into the container took about 60 ms) and no extra mount. Removed after the step.
    /// </summary>
    public static string ConfigurationFile(StepLaunch launch) => Path.Combine(launch.AgentHomePath, ".eventagents-step.json");

    /// <summary>
    /// The server's model providers' file, copied into the agent's home, since the server's home is not mounted. It
    /// holds key references only: the <c>env:</c> keys come as variables, <c>file:</c> keys must be mounted paths.
    /// </summary>
    public static string LlmConfigurationFile(StepLaunch launch) => Path.Combine(launch.AgentHomePath, ".eventagents-llm.json");

    public static ContainerSpec Create(StepLaunch launch, ContainerRunnerOptions options, string user)
    {
        var binds = new List<string> { Bind(launch.WorkspacePath), Bind(launch.AgentHomePath) };
        if (GitWorktrees.CommonDirectoryOf(launch.WorkspacePath) is { } repository)
        {
            binds.Add(Bind(repository));
        }

        return new ContainerSpec
        {
            Image = options.Image,
            Env = ContainerSpec.EnvFrom(Environment(launch, options)),
            Labels = ContainerLabels.For(options.Scope, launch.RunId, launch.StepId, launch.Attempt),
            User = user,
            WorkingDir = launch.WorkspacePath,
            HostConfig = new HostConfig
            {
                Binds = binds,
                Memory = options.MemoryBytes,
                MemorySwap = options.MemoryBytes,
                NanoCpus = (long)(options.Cpus * 1_000_000_000),
                PidsLimit = options.PidsLimit,
                NetworkMode = options.NetworkMode,
                CapDrop = ["ALL"],
                SecurityOpt = ["no-new-privileges"],
            },
        };
    }

    /// <summary>Writes the configuration file: readable by its owner only when the agent runs as the server's user.</summary>
    public static async Task WriteConfigurationAsync(StepLaunch launch, bool sameUser, CancellationToken ct)
    {
        var path = ConfigurationFile(launch);
        await File.WriteAllTextAsync(path, launch.ConfigurationJson, ct).ConfigureAwait(false);
        var mode = sameUser ? UnixFileMode.UserRead | UnixFileMode.UserWrite : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }

        if (launch.Environment.TryGetValue(AgentProcessEnvironment.LlmConfiguration, out var providers))
        {
            File.Copy(providers, LlmConfigurationFile(launch), overwrite: true);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(LlmConfigurationFile(launch), mode);
            }
        }
    }

    public static Dictionary<string, string> Environment(StepLaunch launch, ContainerRunnerOptions options)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = DefaultPath,
            ["HOME"] = launch.AgentHomePath,
            ["LANG"] = "C.UTF-8",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };
        foreach (var (name, value) in launch.Environment.Where(variable => AgentProcessEnvironment.IsPassedOn(variable.Key)))
        {
            variables[name] = value;
        }

        if (launch.Environment.ContainsKey(AgentProcessEnvironment.LlmConfiguration))
        {
            variables[AgentProcessEnvironment.LlmConfiguration] = LlmConfigurationFile(launch);
        }

        variables[AgentProcessEnvironment.ServerUrl] = ServerUrlInContainer(launch.ServerUrl, options).AbsoluteUri;
        variables[AgentProcessEnvironment.StepToken] = launch.StepToken;
        variables[AgentProcessEnvironment.ConfigurationFile] = ConfigurationFile(launch);
        variables[AgentProcessEnvironment.RunId] = launch.RunId;
        variables[AgentProcessEnvironment.StepId] = launch.StepId;
        variables[AgentProcessEnvironment.Attempt] = launch.Attempt.ToString(CultureInfo.InvariantCulture);
        variables[AgentProcessEnvironment.Workspace] = launch.WorkspacePath;
        return variables;
    }

    /// <summary>The server's URL as the container reaches it: a loopback (or any-address) host becomes the host as seen from the container's network.</summary>
    public static Uri ServerUrlInContainer(Uri serverUrl, ContainerRunnerOptions options)
    {
        var host = options.ServerHostInContainer
            ?? (options.NetworkMode.StartsWith("slirp4netns", StringComparison.Ordinal) ? "10.0.2.2" : null);
        var onThisHost = serverUrl.IsLoopback
            || (System.Net.IPAddress.TryParse(serverUrl.IdnHost, out var address) && (address.Equals(System.Net.IPAddress.Any) || address.Equals(System.Net.IPAddress.IPv6Any)));
        return host is not null && onThisHost ? new UriBuilder(serverUrl) { Host = host }.Uri : serverUrl;
    }

    private static string Bind(string path) => $"{path}:{path}";
}
