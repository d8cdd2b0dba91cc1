using Npgsql;

namespace EventAgents.Platform.EventStore;

public sealed partial class Subscription
{
    private async Task<bool> TryTakeOwnershipAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1, hashtext($2))", connection)
        {
            Parameters = { new() { Value = OwnershipLockClass }, new() { Value = _store.SchemaPrefix + Name } },
        };
        return (bool)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    /// <summary>Pooled connections keep session locks until reused, so ownership is given back explicitly.</summary>
    private async Task ReleaseOwnershipAsync(NpgsqlConnection connection)
    {
        if (connection.FullState != System.Data.ConnectionState.Open)
        {
            return;
        }

        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1, hashtext($2))", connection)
            {
                Parameters = { new() { Value = OwnershipLockClass }, new() { Value = _store.SchemaPrefix + Name } },
            };
            await command.ExecuteScalarAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (NpgsqlException)
        {
            // A broken connection has already released the lock.
        }
    }

    private async Task<long> LoadCheckpointAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT position FROM {_store.SchemaPrefix}checkpoints WHERE name = $1", connection)
        {
            Parameters = { new() { Value = Name } },
        };
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) is long position ? position : 0;
    }

    private async Task SaveCheckpointAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, long position, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"INSERT INTO {_store.SchemaPrefix}checkpoints (name, position) VALUES ($1, $2) " +
            "ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = now()", connection, transaction)
        {
            Parameters = { new() { Value = Name }, new() { Value = position } },
        };
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
