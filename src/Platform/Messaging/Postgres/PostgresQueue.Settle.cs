using Npgsql;

namespace EventAgents.Platform.Messaging;

public sealed partial class PostgresQueue
{
    /// <summary>Deletes a handled message, remembers its id and enqueues its follow-ups, in one transaction.</summary>
    internal async Task CompleteAsync(Guid id, Guid lease, IReadOnlyList<Envelope> followUps, CancellationToken ct)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"DELETE FROM {_prefix}messages WHERE id = $1 AND lease = $2")
        {
            Parameters = { new() { Value = id }, new() { Value = lease } },
        });
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"INSERT INTO {_prefix}handled_messages (id, handled_at) VALUES ($1, $2) ON CONFLICT DO NOTHING")
        {
            Parameters = { new() { Value = id }, new() { Value = Utc(Clock.GetUtcNow()) } },
        });
        if (followUps.Count > 0)
        {
            batch.BatchCommands.Add(InsertCommand(followUps));
        }

        await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        if (followUps.Count > 0)
        {
            Signal.Committed();
        }
    }

    /// <summary>Releases a failed message for another try at <paramref name="at"/>.</summary>
    internal Task RetryAsync(Guid id, Guid lease, DateTimeOffset at, MessageFailure failure, CancellationToken ct) =>
        ReleaseAsync(
            $"UPDATE {_prefix}messages SET visible_at = $3, lease = NULL, last_error = $4 WHERE id = $1 AND lease = $2",
            [id, lease, Utc(at), failure.ExceptionType + ": " + failure.Message], ct);

    /// <summary>Releases an unhandled message at once, without counting the attempt.</summary>
    internal Task AbandonAsync(Guid id, Guid lease, CancellationToken ct) =>
        ReleaseAsync(
            $"UPDATE {_prefix}messages SET visible_at = $3, lease = NULL, attempts = greatest(attempts - 1, 0) WHERE id = $1 AND lease = $2",
            [id, lease, Utc(Clock.GetUtcNow())], ct);

    /// <summary>Moves a message that failed for good to the dead letters.</summary>
    internal Task DeadLetterAsync(Guid id, Guid lease, MessageFailure failure, CancellationToken ct) =>
        ReleaseAsync(
            $"""
            WITH moved AS (DELETE FROM {_prefix}messages WHERE id = $1 AND lease = $2 RETURNING *)
            INSERT INTO {_prefix}dead_letters (id, queue, type, body, headers, correlation_id, causation_id, enqueued_at, deliver_at,
                attempts, exception_type, exception_message, exception_stack, failed_at)
            SELECT id, queue, type, body, headers, correlation_id, causation_id, enqueued_at, deliver_at, attempts, $3, $4, $5, $6
            FROM moved
            ON CONFLICT (id) DO UPDATE SET attempts = excluded.attempts, exception_type = excluded.exception_type,
                exception_message = excluded.exception_message, exception_stack = excluded.exception_stack, failed_at = excluded.failed_at
            """,
            [id, lease, failure.ExceptionType, failure.Message, failure.StackTrace, Utc(Clock.GetUtcNow())], ct);

    private async Task ReleaseAsync(string sql, object[] parameters, CancellationToken ct)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection);
        var command = new NpgsqlBatchCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        batch.BatchCommands.Add(command);
        await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        Signal.Committed();
    }
}
