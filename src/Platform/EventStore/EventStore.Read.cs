using System.Runtime.CompilerServices;
using Npgsql;

namespace EventAgents.Platform.EventStore;

public sealed partial class EventStore
{
    /// <summary>Reads a stream forwards or backwards from a version.</summary>
    public async Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, ReadStreamOptions? options = null, CancellationToken ct = default)
    {
        options ??= ReadStreamOptions.All;
        var forwards = options.Direction == ReadDirection.Forwards;
        var from = options.FromVersion ?? (forwards ? 1 : long.MaxValue);
        await using var batch = _dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT is_archived FROM {SchemaPrefix}mt_streams WHERE id = $1") { Parameters = { new() { Value = streamId } } });
        batch.BatchCommands.Add(new NpgsqlBatchCommand(
            $"SELECT {EventRows.Columns} FROM {SchemaPrefix}mt_events WHERE stream_id = $1 AND version {(forwards ? ">=" : "<=")} $2 " +
            $"ORDER BY version {(forwards ? "ASC" : "DESC")} LIMIT $3")
        {
            Parameters = { new() { Value = streamId }, new() { Value = from }, new() { Value = (long)options.MaxCount } },
        });

        await using var reader = await batch.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            if (!reader.IsDBNull(0) && reader.GetBoolean(0) && !options.IncludeArchived)
            {
                throw new StreamArchivedException(streamId);
            }
        }

        await reader.NextResultAsync(ct).ConfigureAwait(false);
        var events = new List<RecordedEvent>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            events.Add(EventRows.Read(reader, Registry));
        }

        return events;
    }

    /// <summary>The stream's head, or null when it does not exist.</summary>
    public async Task<StreamInfo?> GetStreamAsync(string streamId, CancellationToken ct = default)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT s.version, (SELECT e.headers ->> 'hash' FROM {SchemaPrefix}mt_events e WHERE e.stream_id = s.id AND e.version = s.version), " +
            $"coalesce(s.is_archived, false), s.created, s.timestamp FROM {SchemaPrefix}mt_streams s WHERE s.id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = streamId });
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        return await reader.ReadAsync(ct).ConfigureAwait(false)
            ? new StreamInfo(streamId, reader.GetInt64(0), reader.IsDBNull(1) ? [] : Convert.FromHexString(reader.GetString(1)), reader.GetBoolean(2),
                reader.GetFieldValue<DateTimeOffset>(3), reader.GetFieldValue<DateTimeOffset>(4))
            : null;
    }

    /// <summary>The position up to which all events are final (see safe_position in the schema).</summary>
    public async Task<SafePosition> GetSafePositionAsync(CancellationToken ct = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"SELECT safe, head FROM {SchemaPrefix}safe_position()", connection);
        await command.PrepareAsync(ct).ConfigureAwait(false);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await reader.ReadAsync(ct).ConfigureAwait(false);
        return new SafePosition(reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>
    /// Reads up to <paramref name="maxCount"/> events after a global position, in position order, never past the safe position,
    /// so a caller that resumes from the last position it saw never skips an event that commits late.
    /// </summary>
    public async Task<(IReadOnlyList<RecordedEvent> Events, SafePosition Bound)> ReadAllAsync(long afterPosition, int maxCount, CancellationToken ct = default)
    {
        var bound = await GetSafePositionAsync(ct).ConfigureAwait(false);
        var events = new List<RecordedEvent>(Math.Min(maxCount, 1024));
        if (bound.Safe > afterPosition)
        {
            await foreach (var e in ReadRangeAsync(afterPosition, bound.Safe, maxCount, ct).ConfigureAwait(false))
            {
                events.Add(e);
            }
        }

        return (events, bound);
    }

    /// <summary>Streams every event after a position up to the safe position at the time of the call, page by page.</summary>
    public async IAsyncEnumerable<RecordedEvent> ReadAllAsync(long afterPosition, [EnumeratorCancellation] CancellationToken ct = default)
    {
        const int pageSize = 10_000;
        var bound = (await GetSafePositionAsync(ct).ConfigureAwait(false)).Safe;
        var position = afterPosition;
        while (position < bound)
        {
            var count = 0;
            await foreach (var e in ReadRangeAsync(position, bound, pageSize, ct).ConfigureAwait(false))
            {
                position = e.Position;
                count++;
                yield return e;
            }

            if (count < pageSize)
            {
                yield break;
            }
        }
    }

    /// <remarks>
    /// Only the lower bound goes to the server: with a lower bound and a limit the planner reads the position index in
    /// order even before statistics exist, where a two-sided range can get a bitmap scan and a sort of the whole range.
    /// </remarks>
    private async IAsyncEnumerable<RecordedEvent> ReadRangeAsync(long after, long upTo, int maxCount, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT {EventRows.Columns} FROM {SchemaPrefix}mt_events WHERE seq_id > $1 ORDER BY seq_id LIMIT $2");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = after });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = Math.Min(maxCount, upTo - after) });
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            if (reader.GetInt64(0) > upTo)
            {
                yield break;
            }

            yield return EventRows.Read(reader, Registry);
        }
    }
}
