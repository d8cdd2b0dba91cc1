using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace EventAgents.Bench.EventStore;

/// <summary>
/// The baseline: the same rows (stream, version, id, type, json data and metadata, time, a 32-byte hash)
/// written with plain Npgsql into a plain table with a bigserial key, and read back the same way.
/// </summary>
internal sealed class RawBaseline(NpgsqlDataSource dataSource)
{
    private static readonly string Metadata = "{\"correlationId\":\"bench\",\"actor\":\"bench\"}";

    public async Task CreateTableAsync()
    {
        await using var command = dataSource.CreateCommand("""
            DROP TABLE IF EXISTS raw_events;
            CREATE TABLE raw_events (
                id bigserial PRIMARY KEY, stream_id text NOT NULL, version bigint NOT NULL, event_id uuid NOT NULL, type text NOT NULL,
                data json NOT NULL, metadata json NOT NULL, created_at timestamptz NOT NULL, hash bytea NOT NULL)
            """);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Inserts a batch of rows in one transaction with arrays and unnest, prepared: the fast plain-Npgsql way.</summary>
    public async Task InsertBatchAsync(string streamId, long firstVersion, int count, int writer, CancellationToken ct)
    {
        var versions = new long[count];
        var ids = new Guid[count];
        var types = new string[count];
        var data = new string[count];
        var metadata = new string[count];
        var times = new DateTimeOffset[count];
        var hashes = new byte[count][];
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < count; i++)
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(Payloads.Event(writer, i), JsonSerializerOptions.Web);
            versions[i] = firstVersion + i;
            ids[i] = Guid.CreateVersion7(now);
            types[i] = "run.step-output-appended.v1";
            data[i] = Encoding.UTF8.GetString(json);
            metadata[i] = Metadata;
            times[i] = now;
            hashes[i] = SHA256.HashData(json);
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var command = new NpgsqlCommand(
            "INSERT INTO raw_events (stream_id, version, event_id, type, data, metadata, created_at, hash) " +
            "SELECT $1, v, i, t, d, m, c, h FROM unnest($2, $3, $4, $5, $6, $7, $8) AS u(v, i, t, d, m, c, h)", connection, transaction)
        {
            Parameters =
            {
                new NpgsqlParameter<string> { TypedValue = streamId },
                new NpgsqlParameter<long[]> { TypedValue = versions },
                new NpgsqlParameter<Guid[]> { TypedValue = ids },
                new NpgsqlParameter<string[]> { TypedValue = types },
                new NpgsqlParameter<string[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Json, TypedValue = data },
                new NpgsqlParameter<string[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Json, TypedValue = metadata },
                new NpgsqlParameter<DateTimeOffset[]> { TypedValue = times },
                new NpgsqlParameter<byte[][]> { TypedValue = hashes },
            },
        };
        await command.PrepareAsync(ct);
        await command.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>One row in its own transaction: BEGIN, INSERT, COMMIT.</summary>
    public Task InsertOneAsync(string streamId, long version, int writer, CancellationToken ct) =>
        InsertBatchAsync(streamId, version, 1, writer, ct);

    public async Task<long> CountAsync()
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM raw_events");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Reads rows in key order into objects, as the store's reader does.</summary>
    public async Task<long> ReadAllAsync(long limit, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT id, stream_id, version, event_id, type, data, metadata, created_at FROM raw_events ORDER BY id LIMIT $1", connection);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = limit });
        await command.PrepareAsync(ct);
        await using var reader = await command.ExecuteReaderAsync(ct);
        long count = 0;
        while (await reader.ReadAsync(ct))
        {
            var row = new RawRow(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetGuid(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetFieldValue<DateTimeOffset>(7));
            count += row.Id > 0 ? 1 : 0;
        }

        return count;
    }

    private sealed record RawRow(long Id, string StreamId, long Version, Guid EventId, string Type, string Data, string Metadata, DateTimeOffset CreatedAt);
}
