namespace EventAgents.Engine.Runners.Containers;

/// <summary>A step attempt's running container, and the task that ends once it is gone.</summary>
internal sealed class AgentContainer(StepAttempt attempt, string containerId, TimeSpan? timeout)
{
    private int ending;

    public StepAttempt Attempt { get; } = attempt;

    public string ContainerId { get; } = containerId;

    public TimeSpan? Timeout { get; } = timeout;

    /// <summary>The attempt's run folder and relay, closed once the container ends; none for an adopted container.</summary>
    public AttemptRunFolder? RunFolder { get; init; }

    /// <summary>Ends when the container has ended, its output was forwarded and it was removed.</summary>
    public Task Ended { get; set; } = Task.CompletedTask;

    /// <summary>Claims the right to end the agent; true for the first caller (stop, timeout or exit) only.</summary>
    public bool TryClaimEnding() => Interlocked.Exchange(ref ending, 1) == 0;
}
