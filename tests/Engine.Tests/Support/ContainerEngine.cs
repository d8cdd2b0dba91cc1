using EventAgents.Platform.Docker;

namespace EventAgents.Engine.Tests.Support;

/// <summary>
/// The real container engine (podman's Docker API, started by scripts/start-podman.sh) and the agent runtime image it
/// built: EVENTAGENTS_DOCKER_HOST or unix:///run/podman/podman.sock, EVENTAGENTS_AGENT_IMAGE or the default image.
/// </summary>
public static class ContainerEngine
{
    public static Uri Endpoint => DockerClientOptions.ParseEndpoint(
        Environment.GetEnvironmentVariable("EVENTAGENTS_DOCKER_HOST") is { Length: > 0 } host ? host : "unix:///run/podman/podman.sock");

    public static string AgentImage => Environment.GetEnvironmentVariable("EVENTAGENTS_AGENT_IMAGE") is { Length: > 0 } image
        ? image
        : "eventagents-agent-runtime:latest";

    public static DockerClient Client() => new(new DockerClientOptions { Endpoint = Endpoint });
}
