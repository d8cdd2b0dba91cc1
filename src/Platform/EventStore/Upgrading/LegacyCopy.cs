using Npgsql;

namespace EventAgents.Platform.EventStore;

/// <summary>
/// Copies the previous version's streams and events into Marten's tables. Each event keeps its position (seq_id = the old seq),
/// stream, version, id, type name, data (json to jsonb), time, and metadata: correlationId, causationId and actor go to
/// correlation_id, causation_id and user_name, headers stay headers, and commandId becomes the <c>command-id</c> header. Events
/// go in by stream and version, so the chain trigger finds each event's predecessor; archived streams are marked afterwards
/// (the trigger refuses to extend an archived stream).
/// </summary>
internal static class LegacyCopy
{
    /// <returns>How many events were copied, and the highest position.</returns>
    public static async Task<(long Copied, long Highest)> CopyAsync(
        NpgsqlConnection connection, string s, IReadOnlyDictionary<string, string> dotNetTypes, CancellationToken ct)
    {
        // Positions drawn by others from now on wait for this transaction (see safe_position).
        await LegacyEventsUpgrade.ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock_shared((SELECT q.last_value FROM {s}mt_events_sequence q))", ct)
            .ConfigureAwait(false);
        await LegacyEventsUpgrade.ExecuteAsync(connection, $"""
            INSERT INTO {s}mt_streams (id, type, version, timestamp, created, tenant_id, is_archived)
            SELECT st.stream_id, NULL, st.version, st.updated_at, st.created_at, '*DEFAULT*', false FROM {s}streams st
            """, ct).ConfigureAwait(false);

        long copied;
        await using (var events = new NpgsqlCommand($"""
            INSERT INTO {s}mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type,
                                      correlation_id, causation_id, user_name, headers, is_archived)
            SELECT e.seq, e.event_id, e.stream_id, e.version, e.data::jsonb, e.type, e.created_at, '*DEFAULT*', t.dotnet_type,
                   m.meta ->> 'correlationId', m.meta ->> 'causationId', m.meta ->> 'actor',
                   CASE WHEN jsonb_typeof(m.meta -> 'headers') = 'object' THEN m.meta -> 'headers' ELSE jsonb_build_object() END
                   || CASE WHEN m.meta ? 'commandId' THEN jsonb_build_object('command-id', m.meta ->> 'commandId') ELSE jsonb_build_object() END,
                   false
            FROM {s}events e
            CROSS JOIN LATERAL (SELECT e.metadata::jsonb AS meta) m
            LEFT JOIN unnest($1::text[], $2::text[]) AS t(type, dotnet_type) ON t.type = e.type
            ORDER BY e.stream_id, e.version
            """, connection))
        {
            events.Parameters.Add(new NpgsqlParameter { Value = dotNetTypes.Keys.ToArray() });
            events.Parameters.Add(new NpgsqlParameter { Value = dotNetTypes.Values.ToArray() });
            copied = await events.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await LegacyEventsUpgrade.ExecuteAsync(connection, $"""
            UPDATE {s}mt_streams SET is_archived = true WHERE id IN (SELECT stream_id FROM {s}streams WHERE archived);
            UPDATE {s}mt_events SET is_archived = true WHERE stream_id IN (SELECT stream_id FROM {s}streams WHERE archived);
            """, ct).ConfigureAwait(false);

        await using var highest = new NpgsqlCommand($"SELECT coalesce(max(seq), 0) FROM {s}events", connection);
        var max = (long)(await highest.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
        if (max > 0)
        {
            await LegacyEventsUpgrade.ExecuteAsync(connection,
                $"SELECT setval($1::regclass, greatest($2, (SELECT q.last_value FROM {s}mt_events_sequence q)))", ct, s + "mt_events_sequence", max)
                .ConfigureAwait(false);
        }

        return (copied, max);
    }
}
