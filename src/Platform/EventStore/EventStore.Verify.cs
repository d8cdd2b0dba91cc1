using EventAgents.Platform.Postgres.EventChains;
using Npgsql;

namespace EventAgents.Platform.EventStore;

public sealed partial class EventStore
{
    /// <summary>Recomputes a stream's hash chain from the stored rows and reports the first event that was altered, removed or reordered.</summary>
    public async Task<ChainVerification> VerifyStreamAsync(string streamId, CancellationToken ct = default)
    {
        var head = await GetStreamAsync(streamId, ct).ConfigureAwait(false)
            ?? throw new ArgumentException($"Stream '{streamId}' does not exist.", nameof(streamId));
        var rows = await ReadChainRowsAsync(streamId, ct).ConfigureAwait(false);

        var reordered = FirstOutOfOrder(rows);
        var previous = EventHash.Genesis;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var expectedVersion = i + 1L;
            if (reordered == i)
            {
                return Failed(ChainProblemKind.Reordered, row,
                    $"Event at version {row.Version} (position {row.Position}) was written after the event that now follows it: the stream was reordered.");
            }

            if (row.Version != expectedVersion)
            {
                return new ChainVerification(streamId, i, new ChainProblem(ChainProblemKind.Missing, expectedVersion, null,
                    $"Event at version {expectedVersion} of stream '{streamId}' is missing: it was removed."));
            }

            var hash = EventHash.Compute(previous, streamId, row.Version, row.Type, row.Timestamp, row.Actor, row.Data);
            if (row.Hash is null || !hash.AsSpan().SequenceEqual(Convert.FromHexString(row.Hash)))
            {
                return Failed(ChainProblemKind.Altered, row,
                    $"Event at version {row.Version} (position {row.Position}) of stream '{streamId}' does not match its hash: it was altered.");
            }

            previous = hash;
        }

        if (head.Version > rows.Count)
        {
            return new ChainVerification(streamId, rows.Count, new ChainProblem(ChainProblemKind.Truncated, rows.Count + 1, null,
                $"Stream '{streamId}' is at version {head.Version} but its events end at version {rows.Count}: the last events were removed."));
        }

        return new ChainVerification(streamId, rows.Count, null);

        ChainVerification Failed(ChainProblemKind kind, ChainRow row, string message) =>
            new(streamId, row.Version - 1, new ChainProblem(kind, row.Version, row.Position, message));
    }

    /// <summary>Verifies every stream; returns those whose chain is broken.</summary>
    public async Task<IReadOnlyList<ChainVerification>> VerifyAllAsync(CancellationToken ct = default)
    {
        var streams = new List<string>();
        await using (var command = _dataSource.CreateCommand($"SELECT id FROM {SchemaPrefix}mt_streams ORDER BY id"))
        await using (var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                streams.Add(reader.GetString(0));
            }
        }

        var broken = new List<ChainVerification>();
        foreach (var stream in streams)
        {
            var result = await VerifyStreamAsync(stream, ct).ConfigureAwait(false);
            if (!result.IsValid)
            {
                broken.Add(result);
            }
        }

        return broken;
    }

    private async Task<List<ChainRow>> ReadChainRowsAsync(string streamId, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT seq_id, version, type, data::text, user_name, timestamp, headers ->> 'hash' FROM {SchemaPrefix}mt_events WHERE stream_id = $1 ORDER BY version");
        command.Parameters.Add(new NpgsqlParameter { Value = streamId });
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var rows = new List<ChainRow>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            rows.Add(new ChainRow(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return rows;
    }

    /// <summary>The index of the first event whose position is above that of the event after it, or -1.</summary>
    private static int FirstOutOfOrder(List<ChainRow> rows)
    {
        for (var i = 0; i + 1 < rows.Count; i++)
        {
            if (rows[i].Position > rows[i + 1].Position)
            {
                return i;
            }
        }

        return -1;
    }

    private sealed record ChainRow(long Position, long Version, string Type, string Data, string? Actor, DateTimeOffset Timestamp, string? Hash);
}
