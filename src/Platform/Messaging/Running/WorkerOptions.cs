namespace EventAgents.Platform.Messaging;

/// <summary>What a <see cref="MessageWorker"/> consumes, with which handlers, and how.</summary>
public sealed record WorkerOptions
{
    public required IMessageTransport Transport { get; init; }

    public required HandlerRegistry Handlers { get; init; }

    /// <summary>The queue this worker consumes.</summary>
    public string Queue { get; init; } = "default";

    /// <summary>How many messages are handled at the same time.</summary>
    public int Concurrency { get; init; } = 4;

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Where follow-up messages are routed.</summary>
    public MessageRoutes Routes { get; init; } = new();

    /// <summary>The store that aggregate handlers load from and that outcomes' events are appended to.</summary>
    public EventStore.EventStore? Store { get; init; }

    /// <summary>
    /// The outbox registered among the store's inline projections, if any: follow-ups of a handler that appends
    /// are then enqueued in the append's transaction. Without it they are sent when the message is acknowledged.
    /// </summary>
    public AppendOutbox? Outbox { get; init; }

    /// <summary>How long a stopping worker lets handlers finish before cancelling them and giving their messages back.</summary>
    public TimeSpan ShutdownGrace { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one handling may take before it is cancelled and counted as a failure (none when null).</summary>
    public TimeSpan? HandlerTimeout { get; init; }

    /// <summary>How often a handler is run again at once after its append met a concurrent one (then the retry policy applies).</summary>
    public int ConflictRetries { get; init; } = 3;
}
