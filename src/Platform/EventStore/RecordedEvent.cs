namespace EventAgents.Platform.EventStore;

/// <summary>An event as stored. <see cref="Data"/> is upcast and deserialized on first use.</summary>
public sealed class RecordedEvent
{
    private readonly EventTypeRegistry _registry;
    private object? _data;
    private (string Type, string Json)? _upcast;

    internal RecordedEvent(
        EventTypeRegistry registry, long position, string streamId, long version, Guid eventId,
        string storedType, string dataJson, EventMetadata metadata, DateTimeOffset timestamp)
    {
        _registry = registry;
        Position = position;
        StreamId = streamId;
        Version = version;
        EventId = eventId;
        StoredType = storedType;
        DataJson = dataJson;
        Metadata = metadata;
        Timestamp = timestamp;
    }

    /// <summary>An event as it would be recorded, for handlers tested without a store.</summary>
    public static RecordedEvent Of(EventTypeRegistry registry, object data, string streamId, long version = 1, long position = 1, DateTimeOffset? timestamp = null) =>
        new(registry, position, streamId, version, Guid.CreateVersion7(), registry.NameOf(data.GetType()),
            System.Text.Encoding.UTF8.GetString(registry.Serialize(data)), EventMetadata.Empty, timestamp ?? DateTimeOffset.UnixEpoch);

    /// <summary>The global position: unique, and increasing in the order subscribers receive events.</summary>
    public long Position { get; }

    public string StreamId { get; }

    /// <summary>The event's version within its stream, from 1.</summary>
    public long Version { get; }

    public Guid EventId { get; }

    /// <summary>The type name the event was stored under.</summary>
    public string StoredType { get; }

    /// <summary>The current type name after upcasting.</summary>
    public string EventType => Upcasted.Type;

    /// <summary>The event's JSON as stored (PostgreSQL's jsonb text).</summary>
    public string DataJson { get; }

    public DateTimeOffset Timestamp { get; }

    public EventMetadata Metadata { get; }

    /// <summary>The event as its current CLR record.</summary>
    public object Data => _data ??= _registry.Deserialize(Upcasted.Type, Upcasted.Json);

    private (string Type, string Json) Upcasted => _upcast ??= _registry.Upcast(StoredType, DataJson);

    public override string ToString() => $"{StreamId}@{Version} #{Position} {StoredType}";
}
