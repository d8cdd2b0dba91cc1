using Npgsql;

namespace EventAgents.Platform.EventStore;

/// <summary>The event columns every read selects, and their mapping to <see cref="RecordedEvent"/>.</summary>
internal static class EventRows
{
    public const string Columns = "seq, stream_id, version, event_id, type, data, metadata, created_at";

    public static RecordedEvent Read(NpgsqlDataReader reader, EventTypeRegistry registry) => new(
        registry,
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetInt64(2),
        reader.GetGuid(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetString(6),
        reader.GetFieldValue<DateTimeOffset>(7));
}
