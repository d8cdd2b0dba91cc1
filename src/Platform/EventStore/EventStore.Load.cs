using System.Text.Json;
using Npgsql;

namespace EventAgents.Platform.EventStore;

public sealed partial class EventStore
{
    /// <summary>Folds a stream's events into state with <paramref name="evolve"/>, starting from the newest usable snapshot.</summary>
    public async Task<Loaded<TState>> LoadAsync<TState>(
        string streamId, TState initial, Func<TState, object, TState> evolve, LoadOptions? options = null, CancellationToken ct = default)
    {
        options ??= LoadOptions.Latest;
        var upTo = options.AtVersion ?? long.MaxValue;
        var latest = options.AtVersion is null && options.AtTime is null;
        var snapshots = options.AtTime is null ? options.Snapshots : null;
        TState state;
        long version;
        DateTimeOffset? lastAt = null;
        if (!(latest && _states.TryGet(streamId, evolve, out state, out version, out lastAt)))
        {
            (state, version) = snapshots is null
                ? (initial, 0L)
                : await ReadSnapshotAsync(streamId, snapshots.StateType, upTo, initial, ct).ConfigureAwait(false);
        }

        var snapshotVersion = version;

        await using (var command = _dataSource.CreateCommand(
            $"SELECT {EventRows.Columns} FROM {SchemaPrefix}mt_events WHERE stream_id = $1 AND version > $2 AND version <= $3 " +
            "AND timestamp <= $4 ORDER BY version"))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = streamId });
            command.Parameters.Add(new NpgsqlParameter { Value = version });
            command.Parameters.Add(new NpgsqlParameter { Value = upTo });
            command.Parameters.Add(new NpgsqlParameter { Value = options.AtTime ?? DateTimeOffset.MaxValue.AddDays(-1) });
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                var recorded = EventRows.Read(reader, Registry);
                state = evolve(state, recorded.Data);
                version = recorded.Version;
                lastAt = recorded.Timestamp;
            }
        }

        if (snapshots is not null && options.AtVersion is null && version - snapshotVersion >= snapshots.Every)
        {
            await SaveSnapshotAsync(streamId, version, snapshots.StateType, state, ct).ConfigureAwait(false);
        }

        if (latest && version > 0)
        {
            _states.Put(streamId, evolve, state, version, lastAt);
        }

        return new Loaded<TState>(state, version, lastAt);
    }

    /// <summary>Stores the state of a stream as of a version, so later loads fold only the events after it.</summary>
    public async Task SaveSnapshotAsync<TState>(string streamId, long version, string stateType, TState state, CancellationToken ct = default)
    {
        await using var command = _dataSource.CreateCommand(
            $"INSERT INTO {SchemaPrefix}snapshots (stream_id, version, state_type, data) VALUES ($1, $2, $3, $4::json) ON CONFLICT DO NOTHING");
        command.Parameters.Add(new NpgsqlParameter { Value = streamId });
        command.Parameters.Add(new NpgsqlParameter { Value = version });
        command.Parameters.Add(new NpgsqlParameter { Value = stateType });
        command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(state, Registry.Json) });
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private async Task<(TState State, long Version)> ReadSnapshotAsync<TState>(string streamId, string stateType, long upTo, TState initial, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT version, data FROM {SchemaPrefix}snapshots WHERE stream_id = $1 AND state_type = $2 AND version <= $3 ORDER BY version DESC LIMIT 1");
        command.Parameters.Add(new NpgsqlParameter { Value = streamId });
        command.Parameters.Add(new NpgsqlParameter { Value = stateType });
        command.Parameters.Add(new NpgsqlParameter { Value = upTo });
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            return (initial, 0);
        }

        var state = JsonSerializer.Deserialize<TState>(reader.GetString(1), Registry.Json)
            ?? throw new JsonException($"Snapshot of '{streamId}' at version {reader.GetInt64(0)} is empty.");
        return (state, reader.GetInt64(0));
    }
}
