using Npgsql;

namespace EventAgents.Platform.Messaging;

public sealed partial class PostgresQueue
{
    /// <summary>The messages of a queue by state, as of the queue's clock.</summary>
    public async Task<QueueCounts> CountAsync(string queue, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand(
            $"""
            SELECT count(*) FILTER (WHERE lease IS NULL AND visible_at <= $2),
                   count(*) FILTER (WHERE lease IS NULL AND visible_at > $2),
                   count(*) FILTER (WHERE lease IS NOT NULL),
                   (SELECT count(*) FROM {_prefix}dead_letters WHERE queue = $1)
            FROM {_prefix}messages WHERE queue = $1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = queue });
        command.Parameters.Add(new NpgsqlParameter { Value = Utc(Clock.GetUtcNow()) });
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await reader.ReadAsync(ct).ConfigureAwait(false);
        return new QueueCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }
}
