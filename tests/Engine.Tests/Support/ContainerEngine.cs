using Docker.DotNet;
using EventAgents.Engine.Runners.Containers;

namespace EventAgents.Engine.Tests.Support;

/// <summary>
/// The real container engine (podman's Docker API, started by scripts/start-podman.sh) and the agent runtime image it
/// built: EVENTAGENTS_DOCKER_HOST or unix:///run/podman/podman.sock, EVENTAGENTS_AGENT_IMAGE or the default image.
/// </summary>
public static class ContainerEngine
{
    public static Uri Endpoint => ContainerRunnerSettings.ParseEndpoint(
        Environment.GetEnvironmentVariable("EVENTAGENTS_DOCKER_HOST") is { Length: > 0 } host ? host : "unix://" + ContainerRunnerSettings.PodmanSocket);

    public static string AgentImage => Environment.GetEnvironmentVariable("EVENTAGENTS_AGENT_IMAGE") is { Length: > 0 } image
        ? image
        : "eventagents-agent-runtime:latest";

    public static DockerClient Client() => new DockerClientConfiguration(Endpoint).CreateClient();

    /// <summary>Removes every container of the runner's scope <paramref name="scope"/>, and returns how many there were.</summary>
    public static async Task<int> RemoveScopeAsync(IDockerClient docker, string scope)
    {
        var containers = await ListScopeAsync(docker, scope);
        foreach (var container in containers)
        {
            await docker.Containers.RemoveContainerAsync(container.ID, new() { Force = true });
        }

        return containers.Count;
    }

    public static Task<IList<Docker.DotNet.Models.ContainerListResponse>> ListScopeAsync(IDockerClient docker, string scope) =>
        docker.Containers.ListContainersAsync(new() { All = true, Filters = ContainerLabels.Filter(scope) });
}
