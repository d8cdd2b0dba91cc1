namespace EventAgents.Platform.Docker;

/// <summary>The answer of <c>GET /version</c>.</summary>
public sealed record EngineVersion
{
    public string Version { get; init; } = "";

    public string ApiVersion { get; init; } = "";

    public string MinAPIVersion { get; init; } = "";

    public string Os { get; init; } = "";

    public string Arch { get; init; } = "";

    public string KernelVersion { get; init; } = "";

    public IReadOnlyList<EngineComponent> Components { get; init; } = [];
}

/// <summary>A part of the engine named by <c>GET /version</c> (podman names itself "Podman Engine").</summary>
public sealed record EngineComponent(string Name, string Version);
