using EventAgents.Testing;

namespace EventAgents.Platform.EventStore.Tests;

public sealed class ProjectionTests : IAsyncLifetime
{
    private readonly StoreFixture fixture = new();

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    /// <summary>Keeps each account's balance in a table; counts applications to catch double application.</summary>
    private sealed class BalanceProjection(string table) : IInlineProjection, IProjection
    {
        public string Name => table;

        public bool FailNext { get; set; }

        public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<RecordedEvent> events, CancellationToken ct)
        {
            foreach (var e in events)
            {
                var delta = e.Data switch
                {
                    MoneyDeposited d => d.Amount,
                    MoneyWithdrawn w => -w.Amount,
                    _ => 0m,
                };
                await using var command = context.CreateCommand(
                    $"INSERT INTO {table} (stream_id, balance, applied) VALUES ($1, $2, 1) " +
                    $"ON CONFLICT (stream_id) DO UPDATE SET balance = {table}.balance + excluded.balance, applied = {table}.applied + 1");
                command.Parameters.Add(new() { Value = e.StreamId });
                command.Parameters.Add(new() { Value = delta });
                await command.ExecuteNonQueryAsync(ct);
            }

            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("projection failed");
            }
        }

        public async Task ResetAsync(ProjectionContext context, CancellationToken ct)
        {
            await using var command = context.CreateCommand($"TRUNCATE {table}");
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private async Task<BalanceProjection> CreateProjectionAsync()
    {
        var table = "balances_" + Guid.NewGuid().ToString("N")[..8];
        await fixture.ExecuteAsync($"CREATE TABLE {table} (stream_id text PRIMARY KEY, balance numeric NOT NULL, applied int NOT NULL)");
        return new BalanceProjection(table);
    }

    private async Task<(decimal Balance, int Applied)?> ReadAsync(string table, string stream)
    {
        await using var command = fixture.DataSource.CreateCommand($"SELECT balance, applied FROM {table} WHERE stream_id = $1");
        command.Parameters.Add(new() { Value = stream });
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetDecimal(0), reader.GetInt32(1)) : null;
    }

    [Fact]
    public async Task An_inline_projection_commits_with_the_append_and_its_failure_aborts_the_append()
    {
        var projection = await CreateProjectionAsync();
        await using var store = fixture.Create(new EventStoreOptions { InlineProjections = [projection] });
        var stream = "account-" + Guid.NewGuid();

        await store.AppendAsync(stream, ExpectedVersion.NoStream, [new AccountOpened("a"), new MoneyDeposited(10)]);
        Assert.Equal((10m, 2), await ReadAsync(projection.Name, stream));

        projection.FailNext = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.AppendAsync(stream, ExpectedVersion.Exact(2), [new MoneyDeposited(5)]));

        Assert.Equal((10m, 2), await ReadAsync(projection.Name, stream));
        Assert.Equal(2, (await store.GetStreamAsync(stream))!.Version);
    }

    [Fact]
    public async Task An_async_projection_applies_each_event_once_even_when_a_batch_fails_and_is_retried()
    {
        var projection = await CreateProjectionAsync();
        var store = fixture.Store;
        var stream = "account-" + Guid.NewGuid();
        await store.AppendAsync(stream, ExpectedVersion.NoStream, [new AccountOpened("a"), new MoneyDeposited(10), new MoneyDeposited(20)]);
        projection.FailNext = true;
        var subscription = Subscription.For(store, projection);
        using var stop = new CancellationTokenSource();
        var running = subscription.RunAsync(stop.Token);

        await store.AppendAsync(stream, ExpectedVersion.Exact(3), [new MoneyWithdrawn(5)]);
        await Eventually.TrueAsync(async () => (await ReadAsync(projection.Name, stream))?.Applied == 4, TimeSpan.FromSeconds(20), "all four events applied");
        await stop.CancelAsync();
        await running;

        Assert.Equal((25m, 4), await ReadAsync(projection.Name, stream));
    }

    [Fact]
    public async Task A_projection_is_rebuilt_from_zero()
    {
        var projection = await CreateProjectionAsync();
        var store = fixture.Store;
        var streams = Enumerable.Range(0, 5).Select(_ => "account-" + Guid.NewGuid()).ToList();
        foreach (var stream in streams)
        {
            await store.AppendAsync(stream, ExpectedVersion.NoStream, [new AccountOpened("a"), new MoneyDeposited(7)]);
        }

        await fixture.ExecuteAsync($"INSERT INTO {projection.Name} VALUES ('garbage', 1, 1)");
        var applied = await Subscription.RebuildAsync(store, projection);

        Assert.Equal(10, applied);
        Assert.Null(await ReadAsync(projection.Name, "garbage"));
        foreach (var stream in streams)
        {
            Assert.Equal((7m, 2), await ReadAsync(projection.Name, stream));
        }
    }
}
