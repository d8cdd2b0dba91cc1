namespace EventAgents.Platform.EventStore;

/// <summary>How a subscription reads and waits.</summary>
public sealed record SubscriptionOptions
{
    public int BatchSize { get; init; } = 500;

    /// <summary>The longest wait without a wake-up before reading again (the fallback when a notification is lost).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a standby instance tries to take over the subscription.</summary>
    public TimeSpan OwnershipRetry { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The first wait when events are still in flight in other transactions; it doubles up to 10 ms.</summary>
    public TimeSpan InFlightRetry { get; init; } = TimeSpan.FromMilliseconds(2);

    /// <summary>The longest wait before retrying a batch whose handler failed.</summary>
    public TimeSpan MaxErrorBackoff { get; init; } = TimeSpan.FromSeconds(5);

    public static SubscriptionOptions Default { get; } = new();
}
