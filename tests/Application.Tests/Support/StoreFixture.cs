using EventAgents.Application.Common;
using EventAgents.Platform.EventStore;
using EventAgents.Testing;
using Npgsql;

namespace EventAgents.Application.Tests.Support;

/// <summary>An event store over a fresh PostgreSQL database for one test class; tests use ids of their own.</summary>
public sealed class StoreFixture : IAsyncLifetime
{
    private NpgsqlDataSource _dataSource = null!;
    private NpgsqlDataSource _otherDataSource = null!;

    public EventStore Store { get; private set; } = null!;

    /// <summary>A second store on the same database with its own connections and caches, like another server.</summary>
    public EventStore OtherStore { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("application");
        _dataSource = NpgsqlDataSource.Create(connectionString);
        _otherDataSource = NpgsqlDataSource.Create(connectionString);
        Store = new EventStore(_dataSource, DomainEventRegistry.Create());
        OtherStore = new EventStore(_otherDataSource, DomainEventRegistry.Create());
        await Store.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        await OtherStore.DisposeAsync();
        await _dataSource.DisposeAsync();
        await _otherDataSource.DisposeAsync();
    }

    /// <summary>The data of every event stored in a stream, in order.</summary>
    public async Task<IReadOnlyList<object>> EventsAsync(string streamId) =>
        [.. (await Store.ReadStreamAsync(streamId)).Select(e => e.Data)];
}
