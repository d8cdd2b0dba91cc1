using EventAgents.Platform.EventStore;
using EventAgents.Testing;
using Npgsql;

namespace EventAgents.Platform.Messaging.Tests;

/// <summary>A migrated event store and message queue in a fresh database of the shared test cluster.</summary>
public sealed class QueueFixture : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _owned = [];

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public PostgresQueue Queue { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("mq");
        DataSource = NpgsqlDataSource.Create(connectionString);
        Queue = CreateQueue();
        await Queue.MigrateAsync();
        await using var store = CreateStore();
        await store.MigrateAsync();
    }

    /// <summary>Another queue over the same tables, as another process would have.</summary>
    public PostgresQueue CreateQueue(PostgresQueueOptions? options = null) => Own(new PostgresQueue(DataSource, options));

    public EventStore.EventStore CreateStore(EventStoreOptions? options = null) => Own(new EventStore.EventStore(DataSource, TestEvents.Registry(), options));

    public async Task<long> CountAsync(string sql, params object[] parameters)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task<long> PendingAsync(string queue) => CountAsync("SELECT count(*) FROM messaging.messages WHERE queue = $1", queue);

    public async Task DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            await owned.DisposeAsync();
        }

        await DataSource.DisposeAsync();
    }

    private T Own<T>(T disposable)
        where T : IAsyncDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }
}
