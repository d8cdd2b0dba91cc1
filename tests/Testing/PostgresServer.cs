using EventAgents.Platform.Postgres;
using Npgsql;

namespace EventAgents.Testing;

/// <summary>
/// One real PostgreSQL cluster per test process, started on first use in a temporary folder with the machine's
/// binaries; every test class gets a database of its own.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<Task<EmbeddedPostgres>> Cluster = new(StartAsync);
    private static int _databases;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix)
    {
        var cluster = await Cluster.Value.ConfigureAwait(false);
        var name = $"{prefix}_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}".ToLowerInvariant();
        var connectionString = cluster.ConnectionStringFor(name);
        await PostgresDatabase.EnsureExistsAsync(connectionString, CancellationToken.None).ConfigureAwait(false);
        return connectionString;
    }

    private static async Task<EmbeddedPostgres> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"eventagents-test-pg-{Environment.ProcessId}");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var cluster = await EmbeddedPostgres.StartAsync(
            new EmbeddedPostgresOptions { DataDirectory = folder, Database = "postgres", Settings = EmbeddedPostgresOptions.NonDurable },
            log: null,
            CancellationToken.None).ConfigureAwait(false);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            NpgsqlConnection.ClearAllPools();
            cluster.StopAsync().GetAwaiter().GetResult();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean up with the rest of /tmp.
            }
        };
        return cluster;
    }
}
