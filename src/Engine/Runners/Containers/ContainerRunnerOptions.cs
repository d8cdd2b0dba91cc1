namespace EventAgents.Engine.Runners.Containers;

/// <summary>What the container runner starts for a step: the image, the limits, the network and the user.</summary>
public sealed record ContainerRunnerOptions
{
    /// <summary>The podman network mode that lets a container reach the host's loopback as 10.0.2.2 (and the internet).</summary>
    public const string SlirpWithHostLoopback = "slirp4netns:allow_host_loopback=true";

    /// <summary>The image built from Dockerfile.agent-runtime; its entrypoint is the agent.</summary>
    public string Image { get; init; } = "eventagents-agent-runtime:latest";

    /// <summary>The memory limit of a step's container in bytes, with no swap on top.</summary>
    public long MemoryBytes { get; init; } = 2L << 30;

    /// <summary>How many CPUs a step's container may use.</summary>
    public double Cpus { get; init; } = 1.0;

    /// <summary>The most processes and threads in a step's container.</summary>
    public long PidsLimit { get; init; } = 512;

    /// <summary>
    /// The container's network: <see cref="SlirpWithHostLoopback"/> (podman's default here: the host's loopback, where
    /// the server listens, is 10.0.2.2), <c>host</c>, <c>none</c> (the agent cannot report; only the runner's failure
    /// reports reach the server), or a network's name.
    /// </summary>
    public string NetworkMode { get; init; } = SlirpWithHostLoopback;

    /// <summary>
    /// The host name the agent uses for a server URL on the host's loopback; by default 10.0.2.2 with slirp4netns and
    /// the URL unchanged otherwise (with <c>host</c> networking the loopback is shared).
    /// </summary>
    public string? ServerHostInContainer { get; init; }

    /// <summary>The user (<c>uid:gid</c>) the agent runs as; by default the server's own, so files in the workspace keep their owner.</summary>
    public string? User { get; init; }

    /// <summary>
    /// The installation the containers belong to (the value of their <see cref="ContainerLabels.Managed"/> label):
    /// reconciliation touches only containers of its own scope, so installations can share an engine.
    /// </summary>
    public string Scope { get; init; } = "eventagents";

    /// <summary>How long to wait for a killed container to be gone.</summary>
    public TimeSpan StopWait { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long the runner keeps reading a finished container's output before it removes the container.</summary>
    public TimeSpan OutputDrainWait { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Checks the options, naming what is wrong.</summary>
    public ContainerRunnerOptions Validated()
    {
        if (string.IsNullOrWhiteSpace(Image))
        {
            throw new ArgumentException("The agent image of the container runner is not set.");
        }

        if (MemoryBytes < 16L << 20)
        {
            throw new ArgumentException($"The container memory limit {MemoryBytes} bytes is below 16 MiB.");
        }

        if (Cpus is <= 0 or > 1024)
        {
            throw new ArgumentException($"The container CPU limit {Cpus} is not between 0 and 1024.");
        }

        if (PidsLimit < 16)
        {
            throw new ArgumentException($"The container pids limit {PidsLimit} is below 16.");
        }

        return string.IsNullOrWhiteSpace(NetworkMode) ? throw new ArgumentException("The container network mode is not set.") : this;
    }
}
