namespace EventAgents.Platform.Messaging;

/// <summary>How a <see cref="RabbitMqTransport"/> connects and lays out its queues.</summary>
public sealed record RabbitMqTransportOptions
{
    /// <summary>The broker, e.g. <c>amqp://guest:guest@localhost:5672/</c>.</summary>
    public required Uri Uri { get; init; }

    /// <summary>The clock for delivery times and failure stamps.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>How many unacknowledged messages the broker hands one receiver ahead of time.</summary>
    public ushort Prefetch { get; init; } = 16;

    /// <summary>The name of a queue's dead-letter queue: the queue's name followed by this.</summary>
    public string DeadLetterSuffix { get; init; } = ".dead-letters";
}
