using Npgsql;

namespace EventAgents.Platform.Messaging;

public sealed partial class PostgresQueue
{
    /// <summary>The dead letters, oldest failure first, of one queue or of all.</summary>
    public async Task<IReadOnlyList<DeadLetter>> ListDeadLettersAsync(string? queue, int limit, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand(
            $"""
            SELECT {EnvelopeRows.Columns}, m.exception_type, m.exception_message, m.exception_stack, m.failed_at
            FROM {_prefix}dead_letters m WHERE $1::text IS NULL OR m.queue = $1 ORDER BY m.failed_at, m.id LIMIT $2
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)queue ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        var letters = new List<DeadLetter>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var (envelope, attempts) = EnvelopeRows.Read(reader);
            var failure = new MessageFailure(reader.GetString(10), reader.GetString(11), reader.GetString(12));
            letters.Add(new DeadLetter(envelope, attempts, failure, reader.GetFieldValue<DateTimeOffset>(13)));
        }

        return letters;
    }

    /// <summary>Puts a dead letter back on its queue, due now, with its attempts reset.</summary>
    public Task<bool> ReplayAsync(Guid messageId, CancellationToken ct) => ReplayFromAsync(null, messageId, ct);

    public Task<bool> ReplayAsync(string queue, Guid messageId, CancellationToken ct) => ReplayFromAsync(queue, messageId, ct);

    private async Task<bool> ReplayFromAsync(string? queue, Guid messageId, CancellationToken ct)
    {
        var now = Utc(Clock.GetUtcNow());
        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(
            $"""
            WITH moved AS (DELETE FROM {_prefix}dead_letters WHERE id = $1 AND ($3::text IS NULL OR queue = $3) RETURNING *)
            INSERT INTO {_prefix}messages (id, queue, type, body, headers, correlation_id, causation_id, enqueued_at, deliver_at, visible_at, attempts)
            SELECT id, queue, type, body, headers, correlation_id, causation_id, enqueued_at, $2, $2, 0 FROM moved
            ON CONFLICT (id) DO NOTHING
            """)
        {
            Parameters =
            {
                new() { Value = messageId },
                new() { Value = now },
                new() { Value = (object?)queue ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text },
            },
        });
        batch.BatchCommands.Add(NotifyCommand());
        await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        Signal.Raise();
        return batch.BatchCommands[0].RecordsAffected > 0;
    }
}
