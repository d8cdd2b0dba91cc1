using System.Text.Json.Nodes;

namespace EventAgents.Platform.EventStore.Tests;

public sealed class LoadingTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public async Task Time_travel_returns_the_state_as_of_a_version_and_as_of_a_time()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero));
        await using var store = fixture.Create(new EventStoreOptions { Clock = clock });
        var stream = "account-" + Guid.NewGuid();
        await store.AppendAsync(stream, ExpectedVersion.NoStream, [new AccountOpened("ada")]);
        clock.Now = clock.Now.AddHours(1);
        await store.AppendAsync(stream, ExpectedVersion.Exact(1), [new MoneyDeposited(100)]);
        clock.Now = clock.Now.AddHours(1);
        await store.AppendAsync(stream, ExpectedVersion.Exact(2), [new MoneyWithdrawn(30), new MoneyDeposited(5)]);

        var latest = await store.LoadAsync(stream, Account.Initial, Account.Evolve);
        var atVersion2 = await store.LoadAsync(stream, Account.Initial, Account.Evolve, new LoadOptions { AtVersion = 2 });
        var atHalfPastTen = await store.LoadAsync(stream, Account.Initial, Account.Evolve,
            new LoadOptions { AtTime = new DateTimeOffset(2026, 1, 1, 10, 30, 0, TimeSpan.Zero) });
        var beforeItExisted = await store.LoadAsync(stream, Account.Initial, Account.Evolve,
            new LoadOptions { AtTime = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero) });

        Assert.Equal(new Account("ada", 75, 4), latest.State);
        Assert.Equal(4, latest.Version);
        Assert.Equal(new Account("ada", 100, 2), atVersion2.State);
        Assert.Equal(new Account("ada", 100, 2), atHalfPastTen.State);
        Assert.Equal(2, atHalfPastTen.Version);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 10, 0, 0, TimeSpan.Zero), atHalfPastTen.LastEventAt);
        Assert.Equal(0, beforeItExisted.Version);
    }

    [Fact]
    public async Task An_event_stored_under_an_old_version_is_upcast_to_the_current_one()
    {
        var stream = "account-" + Guid.NewGuid();
        var oldRegistry = TestRegistry.Create();
        await using (var oldStore = fixture.Create(registry: oldRegistry))
        {
            await oldStore.AppendAsync(stream, ExpectedVersion.NoStream, [new AccountOpened("ada"), new MoneyDeposited(12.34m)]);
        }

        var newRegistry = new EventTypeRegistry()
            .Map<AccountOpened>("account.opened.v1")
            .Map<MoneyDepositedV2>("account.money-deposited.v2")
            .Upcast("account.money-deposited.v1", "account.money-deposited.v2", old => new JsonObject
            {
                ["cents"] = (long)(old["amount"]!.GetValue<decimal>() * 100),
                ["currency"] = "EUR",
            });
        await using var newStore = fixture.Create(registry: newRegistry);

        var events = await newStore.ReadStreamAsync(stream);
        var state = await newStore.LoadAsync(stream, Account.Initial, Account.Evolve);

        Assert.Equal("account.money-deposited.v1", events[1].StoredType);
        Assert.Equal("account.money-deposited.v2", events[1].EventType);
        Assert.Equal(new MoneyDepositedV2(1234, "EUR"), events[1].Data);
        Assert.Equal(12.34m, state.State.Balance);
        Assert.True((await newStore.VerifyStreamAsync(stream)).IsValid, "upcasting reads never change what is stored");
    }

    [Fact]
    public async Task Snapshots_are_taken_for_long_streams_and_give_the_same_state()
    {
        // No in-memory state cache here: the test tampers with the snapshot to prove the load starts from it.
        await using var store = fixture.Create(new EventStoreOptions { StateCacheSize = 0 });
        var stream = "long-" + Guid.NewGuid();
        await store.AppendAsync(stream, ExpectedVersion.NoStream, [new AccountOpened("ada")]);
        for (var i = 0; i < 25; i++)
        {
            await store.AppendAsync(stream, ExpectedVersion.Any, [.. Enumerable.Range(0, 10).Select(_ => new MoneyDeposited(1))]);
        }

        var policy = new SnapshotPolicy("account.v1", Every: 100);
        var first = await store.LoadAsync(stream, Account.Initial, Account.Evolve, new LoadOptions { Snapshots = policy });
        await store.AppendAsync(stream, ExpectedVersion.Any, [new MoneyWithdrawn(50)]);
        await fixture.ExecuteAsync($"UPDATE eventagents.snapshots SET data = '{{\"owner\":\"from-snapshot\",\"balance\":250,\"operations\":251}}' WHERE stream_id = '{stream}'");
        var second = await store.LoadAsync(stream, Account.Initial, Account.Evolve, new LoadOptions { Snapshots = policy });
        var withoutSnapshot = await store.LoadAsync(stream, Account.Initial, Account.Evolve);

        Assert.Equal(new Account("ada", 250, 251), first.State);
        Assert.Equal(251, first.Version);
        Assert.Equal(new Account("from-snapshot", 200, 252), second.State);
        Assert.Equal(new Account("ada", 200, 252), withoutSnapshot.State);
    }

    [Fact]
    public async Task A_cached_state_folds_only_the_new_events_and_equals_a_full_load()
    {
        var stream = "cached-" + Guid.NewGuid();
        var store = fixture.Store;
        await store.AppendAsync(stream, ExpectedVersion.NoStream, [new AccountOpened("ada"), new MoneyDeposited(10)]);
        var first = await store.LoadAsync(stream, Account.Initial, Account.Evolve);

        await using (var otherProcess = fixture.Create())
        {
            await otherProcess.AppendAsync(stream, ExpectedVersion.Exact(2), [new MoneyWithdrawn(3)]);
        }

        var cached = await store.LoadAsync(stream, Account.Initial, Account.Evolve);
        await using var uncached = fixture.Create(new EventStoreOptions { StateCacheSize = 0 });
        var full = await uncached.LoadAsync(stream, Account.Initial, Account.Evolve);
        var asOfVersion2 = await store.LoadAsync(stream, Account.Initial, Account.Evolve, new LoadOptions { AtVersion = 2 });

        Assert.Equal(new Account("ada", 10, 2), first.State);
        Assert.Equal(full, cached);
        Assert.Equal(new Account("ada", 7, 3), cached.State);
        Assert.Equal(new Account("ada", 10, 2), asOfVersion2.State);
    }
}
