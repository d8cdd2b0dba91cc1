using Npgsql;

namespace EventAgents.Platform.Messaging;

public sealed partial class PostgresQueue
{
    /// <summary>
    /// Claims up to <paramref name="max"/> due messages under a new lease: <c>SKIP LOCKED</c> keeps concurrent
    /// claims apart, and the lease keeps the claimed messages invisible until settled or until the lease runs out.
    /// </summary>
    internal async Task<IReadOnlyList<(Envelope Envelope, int Attempt)>> ClaimAsync(string queue, int max, Guid lease, CancellationToken ct)
    {
        var now = Clock.GetUtcNow();
        await using var command = _dataSource.CreateCommand(
            $"""
            WITH next AS (
                SELECT id FROM {_prefix}messages
                WHERE queue = $1 AND visible_at <= $2
                ORDER BY visible_at
                LIMIT $3
                FOR UPDATE SKIP LOCKED)
            UPDATE {_prefix}messages m SET attempts = m.attempts + 1, visible_at = $4, lease = $5
            FROM next WHERE m.id = next.id
            RETURNING {EnvelopeRows.Columns}
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = queue });
        command.Parameters.Add(new NpgsqlParameter { Value = Utc(now) });
        command.Parameters.Add(new NpgsqlParameter { Value = max });
        command.Parameters.Add(new NpgsqlParameter { Value = Utc(now + _options.Lease) });
        command.Parameters.Add(new NpgsqlParameter { Value = lease });
        var claimed = new List<(Envelope, int)>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            claimed.Add(EnvelopeRows.Read(reader));
        }

        return claimed;
    }

    /// <summary>When the next message of the queue becomes claimable (including the end of current leases), if any.</summary>
    internal async Task<DateTimeOffset?> NextDueAsync(string queue, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand($"SELECT min(visible_at) FROM {_prefix}messages WHERE queue = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = queue });
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) is DateTime next
            ? new DateTimeOffset(DateTime.SpecifyKind(next, DateTimeKind.Utc))
            : null;
    }

    /// <summary>Extends the leases of the messages a live worker is still handling.</summary>
    internal async Task RenewLeasesAsync(IReadOnlyCollection<Guid> leases, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand($"UPDATE {_prefix}messages SET visible_at = $2 WHERE lease = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = leases.ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = Utc(Clock.GetUtcNow() + _options.Lease) });
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
