using System.Text;
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

            var digest = EventHash.Digest(streamId, row.EventId, row.Type, Timestamps.UnixMicros(row.Timestamp),
                Encoding.UTF8.GetBytes(row.Data), Encoding.UTF8.GetBytes(row.Metadata));
            var hash = EventHash.Chain(previous, row.Version, digest);
            if (!hash.AsSpan().SequenceEqual(row.Hash))
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

        if (!previous.AsSpan().SequenceEqual(head.LastHash))
        {
            return new ChainVerification(streamId, rows.Count, new ChainProblem(ChainProblemKind.HeadAltered, head.Version, null,
                $"Stream '{streamId}' head hash does not match its last event: the head or the last event was altered."));
        }

        return new ChainVerification(streamId, rows.Count, null);

        ChainVerification Failed(ChainProblemKind kind, ChainRow row, string message) =>
            new(streamId, row.Version - 1, new ChainProblem(kind, row.Version, row.Position, message));
    }

    /// <summary>Verifies every stream; returns those whose chain is broken.</summary>
    public async Task<IReadOnlyList<ChainVerification>> VerifyAllAsync(CancellationToken ct = default)
    {
        var streams = new List<string>();
        await using (var command = _dataSource.CreateCommand($"SELECT stream_id FROM {SchemaPrefix}streams ORDER BY stream_id"))
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
            $"SELECT seq, version, event_id, type, data, metadata, created_at, hash FROM {SchemaPrefix}events WHERE stream_id = $1 ORDER BY version");
        command.Parameters.Add(new NpgsqlParameter { Value = streamId });
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var rows = new List<ChainRow>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            rows.Add(new ChainRow(reader.GetInt64(0), reader.GetInt64(1), reader.GetGuid(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6), reader.GetFieldValue<byte[]>(7)));
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

    private sealed record ChainRow(long Position, long Version, Guid EventId, string Type, string Data, string Metadata, DateTimeOffset Timestamp, byte[] Hash);
}
