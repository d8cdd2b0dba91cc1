using EventAgents.Platform.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace EventAgents.Projections;

/// <summary>Reads the read model tables. <c>{0}</c> in the SQL stands for the schema prefix.</summary>
public sealed class ReadModelReader(NpgsqlDataSource dataSource, string schema)
{
    private readonly string _prefix = PostgresDatabase.QuoteIdentifier(schema) + ".";

    public async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> map, CancellationToken ct, params object?[] values)
    {
        await using var command = dataSource.CreateCommand(sql.Replace("{0}", _prefix, StringComparison.Ordinal));
        foreach (var value in values)
        {
            command.Parameters.Add(value switch
            {
                null => new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text },
                TextArray texts => new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = texts.Values },
                _ => new NpgsqlParameter { Value = value },
            });
        }

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>
    /// A page after <paramref name="afterSeq"/> of a query whose SQL ends with its WHERE clause (no ORDER BY, no LIMIT):
    /// reads one row more than asked to learn whether another page follows.
    /// </summary>
    public async Task<Page<T>> PageAsync<T>(string sql, Func<NpgsqlDataReader, T> map, int first, long? afterSeq, bool descending, CancellationToken ct, params object?[] values)
        where T : ISequenced
    {
        var n = values.Length;
        var cursor = afterSeq is null ? "" : $" AND seq {(descending ? "<" : ">")} ${n + 1}";
        var order = descending ? "DESC" : "ASC";
        object?[] all = afterSeq is { } after ? [.. values, after] : values;
        var rows = await QueryAsync($"{sql}{cursor} ORDER BY seq {order} LIMIT {first + 1}", map, ct, all).ConfigureAwait(false);
        var more = rows.Count > first;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        return new Page<T>(rows, more, afterSeq is not null);
    }

    /// <summary>The position up to which a projection has applied the events.</summary>
    public async Task<long> CheckpointAsync(string projection, CancellationToken ct)
    {
        var rows = await QueryAsync("SELECT position FROM {0}checkpoints WHERE name = $1", r => r.GetInt64(0), ct, projection).ConfigureAwait(false);
        return rows.Count > 0 ? rows[0] : 0;
    }
}
