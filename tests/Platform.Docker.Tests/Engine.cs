namespace EventAgents.Platform.Docker.Tests;

/// <summary>
/// The real engine the tests talk to: podman's Docker-compatible service, started by scripts/start-podman.sh, at
/// EVENTAGENTS_DOCKER_HOST, or DOCKER_HOST, or unix:///run/podman/podman.sock.
/// </summary>
public static class Engine
{
    public const string DefaultSocket = "unix:///run/podman/podman.sock";

    /// <summary>An image with bash and coreutils (the debootstrap base the runtime image is built on).</summary>
    public static string Image => Environment.GetEnvironmentVariable("EVENTAGENTS_TEST_BASE_IMAGE") is { Length: > 0 } image
        ? image
        : "eventagents-bookworm-base:latest";

    public static Uri Endpoint => DockerClientOptions.ParseEndpoint(
        Environment.GetEnvironmentVariable("EVENTAGENTS_DOCKER_HOST") is { Length: > 0 } host ? host
        : Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } docker ? docker
        : DefaultSocket);

    public static DockerClient Client() => new(new DockerClientOptions { Endpoint = Endpoint });

    /// <summary>Labels that mark a test's containers, so each test finds and cleans up only its own.</summary>
    public static Dictionary<string, string> TestLabels() => new() { ["eventagents.test"] = Guid.NewGuid().ToString("N") };
}
