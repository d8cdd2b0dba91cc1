namespace EventAgents.Platform.EventStore;

/// <summary>One stream's events serialized, stamped and digested, ready to send as append_stream's arrays.</summary>
internal sealed class PreparedAppend
{
    private PreparedAppend(StreamAppend append, int count)
    {
        Append = append;
        Ids = new Guid[count];
        Types = new string[count];
        Data = new byte[count][];
        Metadata = new byte[count][];
        Times = new DateTimeOffset[count];
        Digests = new byte[count][];
    }

    public StreamAppend Append { get; }

    public Guid[] Ids { get; }

    public string[] Types { get; }

    /// <summary>Each event's JSON as UTF-8: sent as is, so the stored bytes are the hashed bytes.</summary>
    public byte[][] Data { get; }

    public byte[][] Metadata { get; }

    public DateTimeOffset[] Times { get; }

    public byte[][] Digests { get; }

    /// <summary>The stream head the client assumes, or null when unknown.</summary>
    public (long Version, byte[] Hash)? KnownHead { get; private set; }

    /// <summary>The chained hashes from <see cref="KnownHead"/>; empty when the head is unknown.</summary>
    public byte[][] Hashes { get; private set; } = [];

    public static PreparedAppend Prepare(StreamAppend append, EventTypeRegistry registry, byte[] metadataJson, DateTimeOffset now, (long Version, byte[] Hash)? knownHead)
    {
        if (string.IsNullOrWhiteSpace(append.StreamId))
        {
            throw new ArgumentException("A stream id must not be empty.", nameof(append));
        }

        if (append.Events.Count == 0)
        {
            throw new ArgumentException($"No events were given for stream '{append.StreamId}'.", nameof(append));
        }

        var prepared = new PreparedAppend(append, append.Events.Count);
        var time = Timestamps.ToMicroseconds(now);
        var micros = Timestamps.UnixMicros(time);
        for (var i = 0; i < append.Events.Count; i++)
        {
            var data = append.Events[i] ?? throw new ArgumentException($"Event {i} for stream '{append.StreamId}' is null.", nameof(append));
            var type = registry.NameOf(data.GetType());
            var bytes = registry.Serialize(data);
            var id = Guid.CreateVersion7(time);
            prepared.Ids[i] = id;
            prepared.Types[i] = type;
            prepared.Data[i] = bytes;
            prepared.Metadata[i] = metadataJson;
            prepared.Times[i] = time;
            prepared.Digests[i] = EventHash.Digest(append.StreamId, id, type, micros, bytes, metadataJson);
        }

        if (knownHead is { } head)
        {
            prepared.KnownHead = head;
            prepared.Hashes = new byte[prepared.Digests.Length][];
            var previous = head.Hash;
            for (var i = 0; i < prepared.Digests.Length; i++)
            {
                previous = prepared.Hashes[i] = EventHash.Chain(previous, head.Version + 1 + i, prepared.Digests[i]);
            }
        }

        return prepared;
    }
}
