using EventAgents.Platform.EventStore;
using EventAgents.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EventAgents.Application.Tests.Support;

/// <summary>An event store, registered as the server registers it, over a fresh PostgreSQL database for one test class; tests use ids of their own.</summary>
public sealed class StoreFixture : IAsyncLifetime
{
    private ServiceProvider _services = null!;
    private ServiceProvider _otherServices = null!;

    public EventStore Store { get; private set; } = null!;

    /// <summary>A second store on the same database with its own connections and caches, like another server.</summary>
    public EventStore OtherStore { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("application");
        _services = Services(connectionString);
        _otherServices = Services(connectionString);
        Store = _services.GetRequiredService<EventStore>();
        OtherStore = _otherServices.GetRequiredService<EventStore>();
        await Store.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _otherServices.DisposeAsync();
    }

    /// <summary>The data of every event stored in a stream, in order.</summary>
    public async Task<IReadOnlyList<object>> EventsAsync(string streamId) =>
        [.. (await Store.ReadStreamAsync(streamId)).Select(e => e.Data)];

    /// <summary>A store with a data source of its own, both disposed with the provider.</summary>
    private static ServiceProvider Services(string connectionString) =>
        new ServiceCollection().AddSingleton(_ => NpgsqlDataSource.Create(connectionString)).AddEventAgentsEventStore().BuildServiceProvider();
}
