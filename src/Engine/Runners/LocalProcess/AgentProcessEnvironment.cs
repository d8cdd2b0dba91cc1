using EventAgents.Application.Steps.Running;

namespace EventAgents.Engine.Runners.LocalProcess;

/// <summary>
/// The environment of an agent process, built from scratch so that none of the server's variables (its database
/// connection string, its secrets) reach the agent: PATH, HOME, DOTNET_ROOT, the launch's own variables, and the
/// <c>EVENTAGENTS_*</c> variables that hand over the step.
/// </summary>
public static class AgentProcessEnvironment
{
    /// <summary>Base URL of the API.</summary>
    public const string ServerUrl = "EVENTAGENTS_SERVER_URL";

    /// <summary>The Unix socket that carries a sandboxed agent's connections to the server (see <c>AgentApiRelay</c>).</summary>
    public const string ServerSocket = "EVENTAGENTS_SERVER_SOCKET";

    /// <summary>The Unix sockets that carry a sandboxed agent's connections to its model providers (<c>host:port=/path;…</c>).</summary>
    public const string EndpointSockets = "EVENTAGENTS_ENDPOINT_SOCKETS";

    /// <summary>The step token.</summary>
    public const string StepToken = "EVENTAGENTS_STEP_TOKEN";

    /// <summary>Path of the step configuration file.</summary>
    public const string ConfigurationFile = "EVENTAGENTS_STEP_CONFIG";

    /// <summary>The run.</summary>
    public const string RunId = "EVENTAGENTS_RUN_ID";

    /// <summary>The step.</summary>
    public const string StepId = "EVENTAGENTS_STEP_ID";

    /// <summary>The attempt.</summary>
    public const string Attempt = "EVENTAGENTS_ATTEMPT";

    /// <summary>The workspace.</summary>
    public const string Workspace = "EVENTAGENTS_WORKSPACE";

    /// <summary>Path of the server's model providers' file (<c>llm.json</c>), when it has one.</summary>
    public const string LlmConfiguration = "EVENTAGENTS_LLM_CONFIG";

    private const string DefaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    /// <summary>The variables for the agent of <paramref name="launch"/>.</summary>
    public static IReadOnlyDictionary<string, string> For(StepLaunch launch, string configurationFile, string dotnet)
    {
        ArgumentNullException.ThrowIfNull(launch);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = Environment.GetEnvironmentVariable("PATH") is { Length: > 0 } path ? path : DefaultPath,
            ["HOME"] = launch.AgentHomePath,
            ["LANG"] = "C.UTF-8",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };
        if (DotnetRoot(dotnet) is { } root)
        {
            variables["DOTNET_ROOT"] = root;
        }

        foreach (var (name, value) in launch.Environment.Where(variable => IsPassedOn(variable.Key)))
        {
            variables[name] = value;
        }

        variables[ServerUrl] = launch.ServerUrl.AbsoluteUri;
        variables[StepToken] = launch.StepToken;
        variables[ConfigurationFile] = configurationFile;
        variables[RunId] = launch.RunId;
        variables[StepId] = launch.StepId;
        variables[Attempt] = launch.Attempt.ToString(System.Globalization.CultureInfo.InvariantCulture);
        variables[Workspace] = launch.WorkspacePath;
        return variables;
    }

    /// <summary>
    /// Whether a launch's own variable reaches the agent: the model providers' file and everything outside the
    /// <c>EVENTAGENTS_</c> names, which the runner sets itself.
    /// </summary>
    public static bool IsPassedOn(string name) =>
        name == LlmConfiguration || !name.StartsWith("EVENTAGENTS_", StringComparison.Ordinal);

    private static string? DotnetRoot(string dotnet) =>
        Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root ? root
        : Path.IsPathRooted(dotnet) ? Path.GetDirectoryName(dotnet)
        : null;
}
