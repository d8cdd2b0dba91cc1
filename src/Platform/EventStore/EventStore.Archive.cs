using Npgsql;

namespace EventAgents.Platform.EventStore;

public sealed partial class EventStore
{
    /// <summary>
    /// Archives a stream: its events stay for audits (readable with <see cref="ReadStreamOptions.IncludeArchived"/>)
    /// but it can no longer be appended to, and ordinary reads refuse it.
    /// </summary>
    public async Task ArchiveStreamAsync(string streamId, CancellationToken ct = default)
    {
        await using var command = _dataSource.CreateCommand($"UPDATE {SchemaPrefix}streams SET archived = true, updated_at = now() WHERE stream_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = streamId });
        if (await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 0)
        {
            throw new ArgumentException($"Stream '{streamId}' does not exist.", nameof(streamId));
        }
    }
}
