using System.Text.Json;
using EventAgents.Platform.Postgres.EventChains;
using Npgsql;

namespace EventAgents.Platform.EventStore;

/// <summary>The columns of Marten's <c>mt_events</c> every read selects, and their mapping to <see cref="RecordedEvent"/>.</summary>
internal static class EventRows
{
    public const string Columns = "seq_id, stream_id, version, id, type, data::text, timestamp, correlation_id, causation_id, user_name, headers::text";

    public static RecordedEvent Read(NpgsqlDataReader reader, EventTypeRegistry registry) => new(
        registry,
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetInt64(2),
        reader.GetGuid(3),
        reader.GetString(4),
        reader.GetString(5),
        Metadata(reader, 7),
        reader.GetFieldValue<DateTimeOffset>(6));

    /// <summary>Reads correlation id, causation id, user name and headers from the four columns starting at <paramref name="at"/>.</summary>
    public static EventMetadata Metadata(NpgsqlDataReader reader, int at)
    {
        Dictionary<string, string>? headers = null;
        Guid? commandId = null;
        if (!reader.IsDBNull(at + 3))
        {
            using var document = JsonDocument.Parse(reader.GetString(at + 3));
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var header in document.RootElement.EnumerateObject())
                {
                    if (header.Name == EventStore.CommandIdHeader)
                    {
                        commandId = Guid.Parse(header.Value.GetString()!);
                    }
                    else if (header.Name != EventChain.HashHeader)
                    {
                        (headers ??= [])[header.Name] = header.Value.ValueKind == JsonValueKind.String ? header.Value.GetString()! : header.Value.GetRawText();
                    }
                }
            }
        }

        return new EventMetadata
        {
            CorrelationId = reader.IsDBNull(at) ? null : reader.GetString(at),
            CausationId = reader.IsDBNull(at + 1) ? null : reader.GetString(at + 1),
            Actor = reader.IsDBNull(at + 2) ? null : reader.GetString(at + 2),
            CommandId = commandId,
            Headers = headers,
        };
    }
}
