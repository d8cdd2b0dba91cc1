using EventAgents.Engine.Runners.Sandboxing;

namespace EventAgents.Engine.Runners.Containers;

/// <summary>What the container runner starts for a step: the image, the limits, the network and the user.</summary>
public sealed record ContainerRunnerOptions
{
    /// <summary>No network at all: the agent reaches the server through the attempt's relay socket only (the default).</summary>
    public const string NoNetwork = "none";

    /// <summary>
    /// podman's user-mode network (<c>EVENTAGENTS_DOCKER_NETWORK=slirp</c>): the internet, but not the host's loopback
    /// (no <c>allow_host_loopback</c>), so the database's port and the server's other endpoints stay out of reach.
    /// </summary>
    public const string Slirp = "slirp4netns";

    /// <summary>The image built from Dockerfile.agent-runtime; its entrypoint is the agent.</summary>
    public string Image { get; init; } = "eventagents-agent-runtime:latest";

    /// <summary>The memory (no swap on top), CPU and pids limits of a step's container.</summary>
    public StepLimits Limits { get; init; } = new();

    /// <summary>
    /// The container's network: <see cref="NoNetwork"/> (the default), <see cref="Slirp"/>, <c>host</c> (which shares
    /// the host's loopback, database port included: not isolated) or a network's name. Whatever it is, the agent
    /// reports through the relay socket.
    /// </summary>
    public string NetworkMode { get; init; } = NoNetwork;

    /// <summary>The user the agent runs as; by default <see cref="SandboxUser.For"/> of this process's environment (never root).</summary>
    public SandboxUser? User { get; init; }

    /// <summary>The size of the container's private <c>/tmp</c> (a tmpfs, counted in its memory).</summary>
    public long TmpBytes { get; init; } = 512L << 20;

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

        if (Limits is null || Limits.MemoryBytes < 16L << 20)
        {
            throw new ArgumentException($"The container memory limit {Limits?.MemoryBytes} bytes is below 16 MiB.");
        }

        if (Limits.Cpus is <= 0 or > 1024)
        {
            throw new ArgumentException($"The container CPU limit {Limits.Cpus} is not between 0 and 1024.");
        }

        if (Limits.Pids < 16)
        {
            throw new ArgumentException($"The container pids limit {Limits.Pids} is below 16.");
        }

        if (NetworkMode.Contains("allow_host_loopback=true", StringComparison.Ordinal))
        {
            throw new ArgumentException("The container network may not reach the host's loopback (allow_host_loopback): the database and the server's admin endpoints listen there.");
        }

        return string.IsNullOrWhiteSpace(NetworkMode) ? throw new ArgumentException("The container network mode is not set.") : this;
    }
}
