using EventAgents.Platform.EventStore;

namespace EventAgents.Platform.Messaging;

/// <summary>What an event handler knows besides the event: where it was recorded, and the time from the injected clock.</summary>
public sealed record EventContext
{
    public required string StreamId { get; init; }

    public required long Version { get; init; }

    public required long Position { get; init; }

    public required Guid EventId { get; init; }

    /// <summary>The time handling started.</summary>
    public required DateTimeOffset Now { get; init; }

    public EventMetadata Metadata { get; init; } = EventMetadata.Empty;

    /// <summary>When the event was recorded.</summary>
    public DateTimeOffset RecordedAt { get; init; }

    internal static EventContext For(RecordedEvent recorded, DateTimeOffset now) => new()
    {
        StreamId = recorded.StreamId,
        Version = recorded.Version,
        Position = recorded.Position,
        EventId = recorded.EventId,
        Now = now,
        Metadata = recorded.Metadata,
        RecordedAt = recorded.Timestamp,
    };
}
