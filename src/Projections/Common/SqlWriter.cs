using EventAgents.Platform.EventStore;
using Npgsql;
using NpgsqlTypes;

namespace EventAgents.Projections;

/// <summary>Runs statements in a projection's transaction. <c>{0}</c> in the SQL stands for the schema prefix.</summary>
public sealed class SqlWriter(ProjectionContext context)
{
    /// <summary>Executes a statement with positional parameters ($1, $2, ...); null becomes SQL NULL.</summary>
    public async Task ExecuteAsync(string sql, CancellationToken ct, params object?[] values)
    {
        await using var command = context.CreateCommand(sql.Replace("{0}", context.SchemaPrefix, StringComparison.Ordinal));
        foreach (var value in values)
        {
            command.Parameters.Add(Parameter(value));
        }

        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static NpgsqlParameter Parameter(object? value) => value switch
    {
        null => new NpgsqlParameter { Value = DBNull.Value },
        Json json => new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = json.Text },
        DateTimeOffset time => new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = time.ToUniversalTime() },
        TextArray texts => new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = texts.Values },
        _ => new NpgsqlParameter { Value = value },
    };

    /// <summary>A JSON text sent as jsonb.</summary>
    public sealed record Json(string Text);
}
