namespace EventAgents.Platform.Messaging;

/// <summary>A message to send, now or later.</summary>
/// <param name="Message">The message record; its type must be mapped in the <see cref="MessageTypeRegistry"/>.</param>
public sealed record OutgoingMessage(object Message)
{
    /// <summary>The id to send it with; when null it is derived from the message being handled (or a new one).</summary>
    public Guid? MessageId { get; init; }

    /// <summary>Deliver no earlier than this time.</summary>
    public DateTimeOffset? DeliverAt { get; init; }

    /// <summary>Deliver no earlier than this long after it is sent (used when <see cref="DeliverAt"/> is null).</summary>
    public TimeSpan? Delay { get; init; }

    /// <summary>The time it becomes deliverable, given the time it is sent.</summary>
    public DateTimeOffset DueAt(DateTimeOffset now) => DeliverAt ?? (Delay is { } delay ? now + delay : now);
}
