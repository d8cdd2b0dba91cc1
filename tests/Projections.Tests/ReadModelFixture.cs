using EventAgents.Application;
using EventAgents.Platform.EventStore;
using EventAgents.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EventAgents.Projections.Tests;

/// <summary>
/// An event store and the read models, registered as the server registers them, over a fresh database of a real PostgreSQL;
/// tests run and rebuild the projections themselves.
/// </summary>
public sealed class ReadModelFixture : IAsyncLifetime
{
    public const string Schema = "eventagents";

    private ServiceProvider _services = null!;

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public EventStore Store { get; private set; } = null!;

    public ProjectionDaemon Daemon { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("projections");
        _services = new ServiceCollection()
            .AddSingleton(_ => NpgsqlDataSource.Create(connectionString))
            .AddEventAgentsEventStore(Schema)
            .AddProjections(Schema)
            .BuildServiceProvider();
        DataSource = _services.GetRequiredService<NpgsqlDataSource>();
        Store = _services.GetRequiredService<EventStore>();
        Daemon = _services.GetRequiredService<ProjectionDaemon>();
        await Store.MigrateAsync();
        await ReadModels.MigrateAsync(DataSource, Schema, CancellationToken.None);
    }

    /// <summary>Waits until every projection has applied every event appended so far.</summary>
    public async Task CatchUpAsync()
    {
        var head = (await Store.GetSafePositionAsync()).Head;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            foreach (var projection in Daemon.Projections)
            {
                await Daemon.WaitForAsync(projection.Name, head, timeout.Token);
            }
        }
        catch (OperationCanceledException)
        {
            var errors = Daemon.Subscriptions.Where(s => s.LastError is not null).Select(s => $"{s.Name}: {s.LastError}");
            throw new TimeoutException("The projections did not catch up: " + string.Join("\n", errors));
        }
    }

    /// <summary>Every read model table as JSON text, rows in a fixed order.</summary>
    public async Task<string> DumpAsync()
    {
        var dump = new System.Text.StringBuilder();
        foreach (var table in Daemon.Projections.SelectMany(p => p.Tables))
        {
            await using var command = DataSource.CreateCommand($"SELECT coalesce(json_agg(t ORDER BY t::text)::text, '[]') FROM {Schema}.{table} t");
            dump.Append(table).Append(": ").AppendLine((string)(await command.ExecuteScalarAsync())!);
        }

        return dump.ToString();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();
}
