using System.Diagnostics;
using EventAgents.Platform.EventStore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Npgsql;

namespace EventAgents.Host.Hosting;

/// <summary>GET /health: 200 when the database answers and the event store schema is in place, 503 otherwise.</summary>
public static class HealthEndpoint
{
    /// <param name="runner">How steps run, once the runner exists (it is made after the server starts listening).</param>
    public static void MapHealth(this WebApplication app, Database database, EventStore store, Func<RunnerDescription?> runner) =>
        app.MapGet("/health", async (CancellationToken ct) =>
        {
            var timer = Stopwatch.StartNew();
            try
            {
                var (version, name) = await ServerAsync(database, ct);
                var position = await store.GetSafePositionAsync(ct);
                return Results.Json(new
                {
                    status = "healthy",
                    database = new
                    {
                        status = "healthy",
                        server = "PostgreSQL " + version,
                        name,
                        embedded = database.IsEmbedded,
                        latencyMs = Math.Round(timer.Elapsed.TotalMilliseconds, 2),
                        eventStore = new { position = position.Safe },
                    },
                    runner = runner() is { } description
                        ? new { name = description.Name, isolation = description.Isolation, warning = description.Warning }
                        : null,
                });
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                return Results.Json(new { status = "unhealthy", database = new { status = "unhealthy", error = e.Message } }, statusCode: 503);
            }
        });

    /// <remarks>
    /// The reader is disposed exactly once: disposing a data-source command's reader twice hands its connection back to
    /// the pool twice, and the pool then gives one connection to two users.
    /// </remarks>
    private static async Task<(string Version, string Name)> ServerAsync(Database database, CancellationToken ct)
    {
        await using var command = database.DataSource.CreateCommand("SELECT current_setting('server_version'), current_database()");
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetString(0), reader.GetString(1));
    }
}
