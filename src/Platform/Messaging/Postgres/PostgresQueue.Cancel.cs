using Npgsql;

namespace EventAgents.Platform.Messaging;

public sealed partial class PostgresQueue
{
    /// <summary>
    /// Withdraws a message nobody is handling yet, such as a timeout that is no longer needed.
    /// False when it is gone, or a worker holds it (then it is delivered, and the handler must ignore it as late).
    /// </summary>
    public async Task<bool> CancelAsync(Guid messageId, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand($"DELETE FROM {_prefix}messages WHERE id = $1 AND lease IS NULL");
        command.Parameters.Add(new NpgsqlParameter { Value = messageId });
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
    }
}
