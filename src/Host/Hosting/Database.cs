using EventAgents.Application;
using EventAgents.Platform.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EventAgents.Host.Hosting;

/// <summary>The PostgreSQL the product uses: a configured server, or a private cluster it starts for itself.</summary>
public sealed class Database : IAsyncDisposable
{
    private readonly EmbeddedPostgres? _embedded;

    private Database(string connectionString, EmbeddedPostgres? embedded)
    {
        ConnectionString = connectionString;
        _embedded = embedded;
        DataSource = NpgsqlDataSource.Create(connectionString);
    }

    public string ConnectionString { get; }

    public NpgsqlDataSource DataSource { get; }

    public bool IsEmbedded => _embedded is not null;

    public string Description => _embedded is { } e ? $"embedded PostgreSQL in {e.DataDirectory}" : "configured PostgreSQL";

    /// <summary>
    /// The product's event store in <paramref name="schema"/> of this database, registered as the server registers it, for a
    /// command that uses nothing else; disposing the provider disposes the store.
    /// </summary>
    public ServiceProvider EventStoreServices(string schema) =>
        new ServiceCollection().AddSingleton(DataSource).AddEventAgentsEventStore(schema).BuildServiceProvider();

    public static async Task<Database> OpenAsync(HostSettings settings, Action<string> log, CancellationToken ct)
    {
        if (settings.ConnectionString is { } configured)
        {
            await PostgresDatabase.EnsureExistsAsync(configured, ct).ConfigureAwait(false);
            return new Database(configured, null);
        }

        var embedded = await EmbeddedPostgres.StartAsync(
            new EmbeddedPostgresOptions { DataDirectory = Path.Combine(settings.HomeDirectory, "postgres") }, log, ct).ConfigureAwait(false);
        return new Database(embedded.ConnectionString, embedded);
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync().ConfigureAwait(false);
        if (_embedded is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await _embedded.StopAsync().ConfigureAwait(false);
        }
    }
}
