using System.Diagnostics;
using EventAgents.Platform.Postgres;
using EventAgents.Testing;
using Npgsql;

namespace EventAgents.Host.Tests;

/// <summary>
/// The database the previous version (5d1e336, its own event store) left after <c>seed-sample</c> and one completed run:
/// tests/Fixtures/previous-version/eventagents-5d1e336.sql, restored with psql into a fresh database of the test cluster.
/// </summary>
internal static class PreviousVersionDatabase
{
    public const string RunId = "01a2529598d47e4583aafc438cd2ba53";
    public const int Events = 61;
    public const int Streams = 9;

    private static readonly string Dump = Path.Combine(AppContext.BaseDirectory, "Fixtures", "previous-version", "eventagents-5d1e336.sql");

    /// <summary>Restores the dump into a new database and returns its connection string.</summary>
    public static async Task<string> RestoreAsync(string prefix)
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync(prefix);
        var (exitCode, output) = await PsqlAsync(connectionString, "-v", "ON_ERROR_STOP=1", "-q", "-f", Dump);
        Assert.True(exitCode == 0, $"psql could not restore {Dump}:\n{output}");
        return connectionString;
    }

    /// <summary>Runs one SQL text on the database and returns what it printed (unaligned, tuples only).</summary>
    public static async Task<string> QueryAsync(string connectionString, string sql)
    {
        var (exitCode, output) = await PsqlAsync(connectionString, "-v", "ON_ERROR_STOP=1", "-Atc", sql);
        Assert.True(exitCode == 0, $"psql failed on {sql}:\n{output}");
        return output.Trim();
    }

    private static async Task<(int ExitCode, string Output)> PsqlAsync(string connectionString, params string[] arguments)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var psql = PostgresBinaries.Find() is { } bin && File.Exists(Path.Combine(bin, "psql")) ? Path.Combine(bin, "psql") : "psql";
        var start = new ProcessStartInfo(psql) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-X", "-h", target.Host!, "-p", target.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "-U", target.Username!, "-d", target.Database!, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
