using EventAgents.Platform.EventStore;
using Npgsql;

namespace EventAgents.Platform.Messaging;

public sealed partial class PostgresQueue
{
    /// <summary>
    /// Records, in the caller's transaction, that a message took effect: false when it already had. A handler that
    /// writes to the database itself calls it first in that transaction, so a redelivered message changes nothing.
    /// </summary>
    public async Task<bool> TryMarkHandledAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid messageId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"INSERT INTO {_prefix}handled_messages (id, handled_at) VALUES ($1, $2) ON CONFLICT DO NOTHING", connection, transaction)
        {
            Parameters = { new() { Value = messageId }, new() { Value = Utc(Clock.GetUtcNow()) } },
        };
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc cref="TryMarkHandledAsync(NpgsqlConnection, NpgsqlTransaction?, Guid, CancellationToken)"/>
    public Task<bool> TryMarkHandledAsync(ProjectionContext context, Guid messageId, CancellationToken ct) =>
        TryMarkHandledAsync(context.Connection, context.Transaction, messageId, ct);

    /// <summary>True when the message took effect (within the retention of handled ids).</summary>
    public async Task<bool> WasHandledAsync(Guid messageId, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand($"SELECT EXISTS (SELECT 1 FROM {_prefix}handled_messages WHERE id = $1)");
        command.Parameters.Add(new NpgsqlParameter { Value = messageId });
        return (bool)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    /// <summary>
    /// Forgets the ids of messages handled longer ago than <paramref name="retention"/>: past it, a duplicate of such a
    /// message is no longer recognised. Returns how many ids were forgotten.
    /// </summary>
    public async Task<int> PurgeHandledAsync(TimeSpan retention, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand($"DELETE FROM {_prefix}handled_messages WHERE handled_at < $1");
        command.Parameters.Add(new NpgsqlParameter { Value = Utc(Clock.GetUtcNow() - retention) });
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
