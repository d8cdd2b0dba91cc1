using Npgsql;

namespace EventAgents.Platform.Messaging;

/// <summary>Reads envelopes from rows of the messages and dead_letters tables.</summary>
internal static class EnvelopeRows
{
    /// <summary>The columns <see cref="Read"/> expects, in order, from a table aliased <c>m</c>.</summary>
    public const string Columns =
        "m.id, m.queue, m.type, m.body::text, m.headers::text, m.correlation_id, m.causation_id, m.enqueued_at, m.deliver_at, m.attempts";

    public static (Envelope Envelope, int Attempts) Read(NpgsqlDataReader reader) =>
        (new Envelope
        {
            MessageId = reader.GetGuid(0),
            Queue = reader.GetString(1),
            MessageType = reader.GetString(2),
            Body = reader.GetString(3),
            Headers = HeadersJson.Read(reader.IsDBNull(4) ? null : reader.GetString(4)),
            CorrelationId = reader.IsDBNull(5) ? null : reader.GetString(5),
            CausationId = reader.IsDBNull(6) ? null : reader.GetString(6),
            EnqueuedAt = reader.GetFieldValue<DateTimeOffset>(7),
            DeliverAt = reader.GetFieldValue<DateTimeOffset>(8),
        }, reader.GetInt32(9));
}
