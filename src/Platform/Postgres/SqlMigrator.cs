using Npgsql;

namespace EventAgents.Platform.Postgres;

/// <summary>
/// Applies a module's versioned migrations once each, in order, under an advisory lock so that
/// processes starting together do not race. A migration changed after it was applied is refused.
/// </summary>
public static class SqlMigrator
{
    private const int MigrationLockClass = 0x45414D47; // "EAMG"

    /// <returns>The migrations applied by this call (empty when the schema was current).</returns>
    public static async Task<IReadOnlyList<Migration>> ApplyAsync(
        NpgsqlDataSource dataSource, string schema, string module, IReadOnlyList<Migration> migrations, CancellationToken ct)
    {
        var table = $"{PostgresDatabase.QuoteIdentifier(schema)}.schema_migrations";
        await using var connection = await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({MigrationLockClass}, hashtext($1))", ct, schema).ConfigureAwait(false);
        await ExecuteAsync(connection, $"""
            CREATE SCHEMA IF NOT EXISTS {PostgresDatabase.QuoteIdentifier(schema)};
            CREATE TABLE IF NOT EXISTS {table} (
                module text NOT NULL,
                version int NOT NULL,
                name text NOT NULL,
                checksum text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (module, version))
            """, ct).ConfigureAwait(false);

        var applied = new Dictionary<int, string>();
        await using (var read = new NpgsqlCommand($"SELECT version, checksum FROM {table} WHERE module = $1", connection) { Parameters = { new() { Value = module } } })
        await using (var reader = await read.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                applied[reader.GetInt32(0)] = reader.GetString(1);
            }
        }

        var done = new List<Migration>();
        foreach (var migration in migrations)
        {
            if (applied.TryGetValue(migration.Version, out var checksum))
            {
                if (checksum != migration.Checksum)
                {
                    throw new InvalidOperationException(
                        $"Migration {module} {migration.Version:D4}_{migration.Name} was changed after it was applied; add a new migration instead.");
                }

                continue;
            }

            await ExecuteAsync(connection, migration.Sql, ct).ConfigureAwait(false);
            await ExecuteAsync(connection, $"INSERT INTO {table} (module, version, name, checksum) VALUES ($1, $2, $3, $4)", ct,
                module, migration.Version, migration.Name, migration.Checksum).ConfigureAwait(false);
            done.Add(migration);
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return done;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
