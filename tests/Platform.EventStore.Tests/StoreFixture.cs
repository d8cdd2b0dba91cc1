using EventAgents.Testing;
using Npgsql;

namespace EventAgents.Platform.EventStore.Tests;

/// <summary>A migrated event store in a fresh database of the shared test cluster.</summary>
public sealed class StoreFixture : IAsyncLifetime
{
    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public EventStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("es");
        DataSource = NpgsqlDataSource.Create(connectionString);
        Store = Create();
        await Store.MigrateAsync();
    }

    /// <summary>Another store over the same database, e.g. with other options or another registry.</summary>
    public EventStore Create(EventStoreOptions? options = null, EventTypeRegistry? registry = null) =>
        new(DataSource, registry ?? TestRegistry.Create(), options);

    public async Task ExecuteAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        await DataSource.DisposeAsync();
    }
}
