using System.Globalization;
using EventAgents.Platform.Docker;

namespace EventAgents.Engine.Runners.Containers;

/// <summary>
/// The container runner's configuration from environment variables: <c>EVENTAGENTS_DOCKER_HOST</c> (else
/// <c>DOCKER_HOST</c>, else podman's socket when it exists, else Docker's), <c>EVENTAGENTS_AGENT_IMAGE</c>,
/// <c>EVENTAGENTS_DOCKER_NETWORK</c> (<c>slirp</c>, <c>host</c>, <c>none</c> or a network's name),
/// <c>EVENTAGENTS_AGENT_MEMORY_MB</c>, <c>EVENTAGENTS_AGENT_CPUS</c> and <c>EVENTAGENTS_AGENT_PIDS</c>.
/// </summary>
public static class ContainerRunnerSettings
{
    private const string PodmanSocket = "/run/podman/podman.sock";

    /// <summary>The engine to talk to.</summary>
    public static DockerClientOptions Engine(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (variable("EVENTAGENTS_DOCKER_HOST") is { Length: > 0 } host)
        {
            return DockerClientOptions.FromEnvironment(name => name == "DOCKER_HOST" ? host : variable(name));
        }

        return variable("DOCKER_HOST") is { Length: > 0 } || !File.Exists(PodmanSocket)
            ? DockerClientOptions.FromEnvironment(variable)
            : new DockerClientOptions { Endpoint = new Uri("unix://" + PodmanSocket) };
    }

    /// <summary>The runner's options, naming any variable whose value is wrong.</summary>
    public static ContainerRunnerOptions Options(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var options = new ContainerRunnerOptions();
        if (variable("EVENTAGENTS_AGENT_IMAGE") is { Length: > 0 } image)
        {
            options = options with { Image = image };
        }

        options = variable("EVENTAGENTS_DOCKER_NETWORK") switch
        {
            null or "" or "slirp" => options,
            var network => options with { NetworkMode = network },
        };
        if (Number(variable, "EVENTAGENTS_AGENT_MEMORY_MB") is { } megabytes)
        {
            options = options with { MemoryBytes = (long)(megabytes * 1024 * 1024) };
        }

        if (Number(variable, "EVENTAGENTS_AGENT_CPUS") is { } cpus)
        {
            options = options with { Cpus = cpus };
        }

        if (Number(variable, "EVENTAGENTS_AGENT_PIDS") is { } pids)
        {
            options = options with { PidsLimit = (long)pids };
        }

        return options.Validated();
    }

    private static double? Number(Func<string, string?> variable, string name) =>
        variable(name) switch
        {
            null or "" => null,
            var text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 => value,
            var text => throw new ArgumentException($"{name} must be a positive number, not '{text}'."),
        };
}
