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

    private const string FolderPrefix = "eventagents-test-pg-";

    private static async Task<EmbeddedPostgres> StartAsync()
    {
        RemoveLeftovers();
        var folder = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Environment.ProcessId}");
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

    /// <summary>
    /// Removes the clusters of earlier test processes that are gone (a test host ended before its exit handler could,
    /// and each cluster is half a gigabyte), leaving those whose process or server still runs.
    /// </summary>
    private static void RemoveLeftovers()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            if (!int.TryParse(Path.GetFileName(folder)[FolderPrefix.Length..], out var owner) || IsRunning(owner) || ServerRuns(folder))
            {
                continue;
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another test process may be removing it too.
            }
        }
    }

    private static bool ServerRuns(string folder)
    {
        var pidFile = Path.Combine(folder, "postmaster.pid");
        try
        {
            return File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var server) && IsRunning(server);
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
