namespace EventAgents.Platform.Docker;

/// <summary>A container as <c>GET /containers/json</c> lists it.</summary>
public sealed record ContainerSummary
{
    public string Id { get; init; } = "";

    public IReadOnlyList<string> Names { get; init; } = [];

    public string Image { get; init; } = "";

    /// <summary><c>created</c>, <c>running</c>, <c>exited</c>...</summary>
    public string State { get; init; } = "";

    public string Status { get; init; } = "";

    public long Created { get; init; }

    public IReadOnlyDictionary<string, string>? Labels { get; init; }
}

/// <summary>A container as <c>GET /containers/{id}/json</c> describes it.</summary>
public sealed record ContainerInspection
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public string Image { get; init; } = "";

    public ContainerState State { get; init; } = new();

    public ContainerConfig Config { get; init; } = new();

    public HostConfig? HostConfig { get; init; }

    public IReadOnlyList<MountPoint> Mounts { get; init; } = [];
}

/// <summary>Whether a container runs, and how it ended.</summary>
public sealed record ContainerState
{
    public string Status { get; init; } = "";

    public bool Running { get; init; }

    public bool Paused { get; init; }

    public bool Restarting { get; init; }

    /// <summary>True when the kernel killed a process of the container for going over its memory limit.</summary>
    public bool OOMKilled { get; init; }

    public bool Dead { get; init; }

    public int Pid { get; init; }

    public long ExitCode { get; init; }

    public string? Error { get; init; }

    public string? StartedAt { get; init; }

    public string? FinishedAt { get; init; }
}

/// <summary>The configuration a container was created with.</summary>
public sealed record ContainerConfig
{
    public string? Image { get; init; }

    public string? User { get; init; }

    public string? WorkingDir { get; init; }

    public IReadOnlyList<string>? Env { get; init; }

    public IReadOnlyList<string>? Cmd { get; init; }

    public IReadOnlyDictionary<string, string>? Labels { get; init; }
}

/// <summary>A mount of a running container.</summary>
public sealed record MountPoint
{
    public string Type { get; init; } = "";

    public string Source { get; init; } = "";

    public string Destination { get; init; } = "";

    public bool RW { get; init; }
}
