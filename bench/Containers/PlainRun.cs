using System.Globalization;
using EventAgents.Application.Steps.Running;
using EventAgents.Engine.Runners.Containers;
using Docker.DotNet.Models;

namespace EventAgents.Bench.Containers;

/// <summary>The `podman run` command line equivalent to what the container runner creates for a step.</summary>
internal static class PlainRun
{
    public static IEnumerable<string> Arguments(StepLaunch launch, ContainerRunnerOptions options, string configurationFile)
    {
        string[] fixedArguments =
        [
            "run", "--rm", "--network", options.NetworkMode,
            "--memory", options.MemoryBytes.ToString(CultureInfo.InvariantCulture), "--memory-swap", options.MemoryBytes.ToString(CultureInfo.InvariantCulture),
            "--cpus", options.Cpus.ToString(CultureInfo.InvariantCulture), "--pids-limit", options.PidsLimit.ToString(CultureInfo.InvariantCulture),
            "--cap-drop", "all", "--security-opt", "no-new-privileges",
            "-v", $"{launch.WorkspacePath}:{launch.WorkspacePath}", "-v", $"{launch.AgentHomePath}:{launch.AgentHomePath}",
            "-w", launch.WorkspacePath,
        ];
        return [.. fixedArguments, .. Environment(launch, configurationFile).SelectMany(variable => new[] { "-e", $"{variable.Key}={variable.Value}" }), options.Image];
    }

    /// <summary>The same container through the API, for timing each engine call. The configuration file lies in the mounted home, as the runner's does.</summary>
    public static CreateContainerParameters Spec(StepLaunch launch, ContainerRunnerOptions options, string configurationFile) => new()
    {
        Image = options.Image,
        Env = [.. Environment(launch, configurationFile).Select(variable => $"{variable.Key}={variable.Value}")],
        WorkingDir = launch.WorkspacePath,
        HostConfig = new HostConfig
        {
            Binds = [$"{launch.WorkspacePath}:{launch.WorkspacePath}", $"{launch.AgentHomePath}:{launch.AgentHomePath}"],
            Memory = options.MemoryBytes,
            MemorySwap = options.MemoryBytes,
            NanoCPUs = (long)(options.Cpus * 1_000_000_000),
            PidsLimit = options.PidsLimit,
            NetworkMode = options.NetworkMode,
            CapDrop = ["ALL"],
            SecurityOpt = ["no-new-privileges"],
        },
    };

    private static Dictionary<string, string> Environment(StepLaunch launch, string configurationFile)
    {
        var serverUrl = launch.ServerUrl.IsLoopback ? new UriBuilder(launch.ServerUrl) { Host = "10.0.2.2" }.Uri : launch.ServerUrl;
        return new Dictionary<string, string>
        {
            ["HOME"] = launch.AgentHomePath,
            ["EVENTAGENTS_SERVER_URL"] = serverUrl.AbsoluteUri,
            ["EVENTAGENTS_STEP_TOKEN"] = launch.StepToken,
            ["EVENTAGENTS_STEP_CONFIG"] = configurationFile,
            ["EVENTAGENTS_RUN_ID"] = launch.RunId,
            ["EVENTAGENTS_STEP_ID"] = launch.StepId,
            ["EVENTAGENTS_ATTEMPT"] = launch.Attempt.ToString(CultureInfo.InvariantCulture),
            ["EVENTAGENTS_WORKSPACE"] = launch.WorkspacePath,
        };
    }
}
