namespace EventAgents.Platform.Docker;

/// <summary>The body of <c>POST /containers/create</c>: what to run and how.</summary>
public sealed record ContainerSpec
{
    /// <summary>The image to run.</summary>
    public required string Image { get; init; }

    /// <summary>The command (after the entrypoint); the image's when null.</summary>
    public IReadOnlyList<string>? Cmd { get; init; }

    /// <summary>The entrypoint; the image's when null.</summary>
    public IReadOnlyList<string>? Entrypoint { get; init; }

    /// <summary>Environment variables as <c>NAME=value</c>.</summary>
    public IReadOnlyList<string>? Env { get; init; }

    /// <summary>Labels to find the container by.</summary>
    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    /// <summary>The user (name, uid, or <c>uid:gid</c>) the command runs as.</summary>
    public string? User { get; init; }

    /// <summary>The working directory of the command.</summary>
    public string? WorkingDir { get; init; }

    public string? Hostname { get; init; }

    /// <summary>Give the container a terminal; its output is then one raw stream, not multiplexed.</summary>
    public bool Tty { get; init; }

    public bool AttachStdout { get; init; } = true;

    public bool AttachStderr { get; init; } = true;

    /// <summary>Stop the container with this signal (<c>SIGTERM</c> when null).</summary>
    public string? StopSignal { get; init; }

    /// <summary>Seconds between the stop signal and the kill.</summary>
    public int? StopTimeout { get; init; }

    /// <summary>Mounts, limits, network and privileges.</summary>
    public HostConfig? HostConfig { get; init; }

    /// <summary>Turns a dictionary of variables into the <c>NAME=value</c> list of <see cref="Env"/>.</summary>
    public static IReadOnlyList<string> EnvFrom(IEnumerable<KeyValuePair<string, string>> variables) =>
        [.. variables.Select(variable => $"{variable.Key}={variable.Value}")];
}

/// <summary>How the container is tied to the host: mounts, resource limits, network and privileges.</summary>
public sealed record HostConfig
{
    /// <summary>Bind mounts as <c>host-path:container-path[:ro]</c>.</summary>
    public IReadOnlyList<string>? Binds { get; init; }

    /// <summary>Mounts in the structured form.</summary>
    public IReadOnlyList<ContainerMount>? Mounts { get; init; }

    /// <summary>The memory limit in bytes.</summary>
    public long? Memory { get; init; }

    /// <summary>Memory plus swap in bytes; equal to <see cref="Memory"/> to allow no swap.</summary>
    public long? MemorySwap { get; init; }

    /// <summary>The CPU limit in billionths of a CPU (1.5 CPUs is 1_500_000_000).</summary>
    public long? NanoCpus { get; init; }

    /// <summary>The most processes and threads the container may have.</summary>
    public long? PidsLimit { get; init; }

    /// <summary><c>none</c>, <c>host</c>, <c>bridge</c>, a network's name, or an engine-specific mode such as podman's <c>slirp4netns:...</c>.</summary>
    public string? NetworkMode { get; init; }

    /// <summary>Extra <c>host:ip</c> lines in the container's /etc/hosts.</summary>
    public IReadOnlyList<string>? ExtraHosts { get; init; }

    public IReadOnlyList<string>? CapAdd { get; init; }

    public IReadOnlyList<string>? CapDrop { get; init; }

    /// <summary>Such as <c>no-new-privileges</c>.</summary>
    public IReadOnlyList<string>? SecurityOpt { get; init; }

    public bool? ReadonlyRootfs { get; init; }

    /// <summary>tmpfs mounts: path to mount options.</summary>
    public IReadOnlyDictionary<string, string>? Tmpfs { get; init; }

    /// <summary>Run an init process as PID 1 that reaps zombies and forwards signals.</summary>
    public bool? Init { get; init; }

    public bool? AutoRemove { get; init; }

    public bool? Privileged { get; init; }
}

/// <summary>A structured mount: <c>bind</c>, <c>volume</c> or <c>tmpfs</c>.</summary>
public sealed record ContainerMount(string Type, string Source, string Target, bool ReadOnly = false);

/// <summary>The answer of <c>POST /containers/create</c>.</summary>
public sealed record ContainerCreated(string Id, IReadOnlyList<string>? Warnings);

/// <summary>The answer of <c>POST /containers/{id}/wait</c>: the exit code, and an error when the wait failed.</summary>
public sealed record ContainerExit(long StatusCode, ContainerExitError? Error);

/// <summary>Why waiting for a container failed.</summary>
public sealed record ContainerExitError(string? Message);
