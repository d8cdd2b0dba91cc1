using EventAgents.Testing;
using Npgsql;

namespace EventAgents.Platform.Postgres.Tests;

/// <summary>Two "nodes" on one fresh database of the shared test cluster: each with a data source of its own, as two processes would have.</summary>
public sealed class TwoNodes : IAsyncLifetime
{
    public NpgsqlDataSource A { get; private set; } = null!;

    public NpgsqlDataSource B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("broadcast");
        A = NpgsqlDataSource.Create(connectionString);
        B = NpgsqlDataSource.Create(connectionString);
    }

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
    }
}
