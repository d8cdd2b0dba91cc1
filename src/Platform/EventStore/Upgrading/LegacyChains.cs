using Npgsql;

namespace EventAgents.Platform.EventStore;

/// <summary>
/// The hash chains of the previous version's store, checked in the database the way its <c>eventagents verify</c> did, before
/// they are recomputed: an altered, removed or reordered event would otherwise be certified by the new chain. There,
/// <c>hash(n) = SHA-256(hash(n-1) || int64be(n) || digest(n))</c> from 32 zero bytes, where <c>digest(n)</c> is the SHA-256 of
/// the stream, event id, type, time (µs since 1970), data and metadata (texts and JSON as their UTF-8 length and bytes), and each
/// stream's row in <c>streams</c> holds its version and last hash.
/// </summary>
internal static class LegacyChains
{
    /// <summary>Every old stream with its head; throws when a chain does not verify or an event belongs to no chain.</summary>
    public static async Task<IReadOnlyList<StoreMigratedStream>> VerifyAsync(NpgsqlConnection connection, string schemaPrefix, CancellationToken ct)
    {
        var streams = new List<StoreMigratedStream>();
        var problems = new List<string>();
        long chained = 0, events;
        await using (var command = new NpgsqlCommand(Sql(schemaPrefix), connection))
        await using (var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                var stream = new StoreMigratedStream(reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.GetBoolean(3));
                var (last, lastPosition, ok, headOk) = (reader.GetInt64(4), reader.GetInt64(5), reader.GetBoolean(6), reader.GetBoolean(7));
                streams.Add(stream);
                chained += ok ? last : 0;
                if (Problem(stream, last, lastPosition, ok, headOk) is { } problem)
                {
                    problems.Add(problem);
                }
            }

            await reader.NextResultAsync(ct).ConfigureAwait(false);
            await reader.ReadAsync(ct).ConfigureAwait(false);
            events = reader.GetInt64(0);
        }

        if (problems.Count == 0 && chained != events)
        {
            problems.Add($"{events - chained} event(s) belong to no stream's chain");
        }

        if (problems.Count > 0)
        {
            throw new LegacyEventsUpgradeException(
                "The previous version's event store was not upgraded, because its hash chains do not verify and recomputing them would " +
                $"certify the changed history: {string.Join("; ", problems.Take(5))}{(problems.Count > 5 ? $"; and {problems.Count - 5} more" : "")}. " +
                "Nothing was copied and the old tables are unchanged; the previous version's `eventagents verify` names every problem.");
        }

        return streams;
    }

    private static string? Problem(StoreMigratedStream stream, long last, long lastPosition, bool ok, bool headOk) =>
        !ok ? $"stream '{stream.StreamId}': the event at version {last} (position {lastPosition}) does not match its hash or was written out of order"
        : last < stream.Version ? $"stream '{stream.StreamId}' is at version {stream.Version} but its chain ends at version {last}: the event at version {last + 1} is missing"
        : last > stream.Version ? $"stream '{stream.StreamId}' is at version {stream.Version} but has events up to version {last}"
        : !headOk ? $"stream '{stream.StreamId}': its head hash does not match its last event"
        : null;

    /// <remarks>
    /// The chain is walked with a recursive query from each stream's genesis, one version at a time, and stops at the first event
    /// that does not match; the last step of each stream says how far it verified.
    /// </remarks>
    private static string Sql(string s) => $"""
        WITH RECURSIVE chain AS (
            SELECT st.stream_id, 0::bigint AS version, 0::bigint AS seq, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea AS hash, true AS ok
            FROM {s}streams st
          UNION ALL
            SELECT c.stream_id, e.version, e.seq, h.hash, h.hash = e.hash AND e.seq > c.seq
            FROM chain c
            JOIN {s}events e ON e.stream_id = c.stream_id AND e.version = c.version + 1
            CROSS JOIN LATERAL (SELECT sha256(c.hash || int8send(e.version) || sha256(
                int4send(octet_length(convert_to(e.stream_id, 'UTF8'))) || convert_to(e.stream_id, 'UTF8') || uuid_send(e.event_id)
                || int4send(octet_length(convert_to(e.type, 'UTF8'))) || convert_to(e.type, 'UTF8')
                || int8send((extract(epoch FROM e.created_at) * 1000000)::bigint)
                || int4send(octet_length(convert_to(e.data::text, 'UTF8'))) || convert_to(e.data::text, 'UTF8')
                || int4send(octet_length(convert_to(e.metadata::text, 'UTF8'))) || convert_to(e.metadata::text, 'UTF8'))) AS hash) h
            WHERE c.ok
        ),
        last AS (SELECT DISTINCT ON (c.stream_id) c.stream_id, c.version, c.seq, c.ok, c.hash FROM chain c ORDER BY c.stream_id, c.version DESC)
        SELECT st.stream_id, st.version, encode(st.last_hash, 'hex'), st.archived, l.version, l.seq, l.ok, l.hash = st.last_hash
        FROM {s}streams st JOIN last l ON l.stream_id = st.stream_id
        ORDER BY st.stream_id;
        SELECT count(*) FROM {s}events;
        """;
}
