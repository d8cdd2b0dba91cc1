namespace EventAgents.Platform.Messaging;

/// <summary>How a <see cref="PostgresQueue"/> is set up.</summary>
public sealed record PostgresQueueOptions
{
    /// <summary>The PostgreSQL schema holding the queue's tables.</summary>
    public string Schema { get; init; } = "messaging";

    /// <summary>The clock for delivery times, leases and backoff.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// How long a claimed message stays invisible to other workers. A live worker renews it every third of this,
    /// so it only bounds how soon the message of a crashed worker is delivered again.
    /// </summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest a receiver waits without a wake-up before looking again (the fallback for a lost notification).</summary>
    public TimeSpan IdlePoll { get; init; } = TimeSpan.FromSeconds(30);
}
