namespace EventAgents.Platform.EventStore.Tests;

public sealed class AppendingTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private readonly EventStore _store = fixture.Store;

    [Fact]
    public async Task Appended_events_are_read_back_in_order_with_versions_positions_and_metadata()
    {
        var stream = "account-" + Guid.NewGuid();
        var options = new AppendOptions
        {
            CorrelationId = "corr-1",
            CausationId = "cause-1",
            Actor = "user:ada",
            Headers = new Dictionary<string, string> { ["source"] = "test" },
        };

        var result = await _store.AppendAsync(stream, ExpectedVersion.NoStream, [new AccountOpened("ada"), new MoneyDeposited(10.5m)], options);

        Assert.Equal(1, result.FirstVersion);
        Assert.Equal(2, result.LastVersion);
        Assert.Equal(2, result.Positions.Count);
        Assert.True(result.Positions[0] < result.Positions[1]);
        var events = await _store.ReadStreamAsync(stream);
        Assert.Equal([1L, 2L], events.Select(e => e.Version));
        Assert.Equal(result.Positions, events.Select(e => e.Position));
        Assert.Equal(new AccountOpened("ada"), events[0].Data);
        Assert.Equal(new MoneyDeposited(10.5m), events[1].Data);
        Assert.Equal("account.opened.v1", events[0].StoredType);
        Assert.Equal("corr-1", events[1].Metadata.CorrelationId);
        Assert.Equal("cause-1", events[1].Metadata.CausationId);
        Assert.Equal("user:ada", events[1].Metadata.Actor);
        Assert.Equal("test", events[1].Metadata.Headers!["source"]);
        Assert.True(events[0].Timestamp > DateTimeOffset.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public async Task Reading_backwards_from_a_version_returns_the_older_events()
    {
        var stream = "account-" + Guid.NewGuid();
        await _store.AppendAsync(stream, ExpectedVersion.NoStream, [new AccountOpened("a"), new MoneyDeposited(1), new MoneyDeposited(2), new MoneyDeposited(3)]);

        var backwards = await _store.ReadStreamAsync(stream, new ReadStreamOptions { Direction = ReadDirection.Backwards, FromVersion = 3, MaxCount = 2 });
        var forwards = await _store.ReadStreamAsync(stream, new ReadStreamOptions { FromVersion = 2, MaxCount = 2 });

        Assert.Equal([3L, 2L], backwards.Select(e => e.Version));
        Assert.Equal([2L, 3L], forwards.Select(e => e.Version));
    }

    [Fact]
    public async Task A_wrong_expected_version_names_the_stream_the_expected_and_the_actual_version_and_writes_nothing()
    {
        var stream = "account-" + Guid.NewGuid();
        await _store.AppendAsync(stream, ExpectedVersion.NoStream, [new AccountOpened("a")]);

        var exact = await Assert.ThrowsAsync<WrongExpectedVersionException>(() => _store.AppendAsync(stream, ExpectedVersion.Exact(5), [new MoneyDeposited(1)]));
        var noStream = await Assert.ThrowsAsync<WrongExpectedVersionException>(() => _store.AppendAsync(stream, ExpectedVersion.NoStream, [new MoneyDeposited(1)]));
        var missing = await Assert.ThrowsAsync<WrongExpectedVersionException>(() => _store.AppendAsync("nothing-" + Guid.NewGuid(), ExpectedVersion.Exact(2), [new MoneyDeposited(1)]));

        Assert.Equal(stream, exact.StreamId);
        Assert.Equal(5, exact.Expected.Value);
        Assert.Equal(1, exact.ActualVersion);
        Assert.Contains($"'{stream}' was expected at version 5 but is at version 1", exact.Message, StringComparison.Ordinal);
        Assert.Equal(1, noStream.ActualVersion);
        Assert.Equal(0, missing.ActualVersion);
        Assert.Single(await _store.ReadStreamAsync(stream));
    }

    [Fact]
    public async Task Any_appends_to_new_and_existing_streams()
    {
        var stream = "account-" + Guid.NewGuid();
        var first = await _store.AppendAsync(stream, ExpectedVersion.Any, [new AccountOpened("a")]);
        var second = await _store.AppendAsync(stream, ExpectedVersion.Any, [new MoneyDeposited(1)]);

        Assert.Equal(1, first.FirstVersion);
        Assert.Equal(2, second.FirstVersion);
    }

    [Fact]
    public async Task Appending_to_several_streams_is_atomic()
    {
        var a = "account-" + Guid.NewGuid();
        var b = "account-" + Guid.NewGuid();
        await _store.AppendAsync(b, ExpectedVersion.NoStream, [new AccountOpened("b")]);

        await Assert.ThrowsAsync<WrongExpectedVersionException>(() => _store.AppendAsync(
            [new StreamAppend(a, ExpectedVersion.NoStream, [new AccountOpened("a")]), new StreamAppend(b, ExpectedVersion.NoStream, [new MoneyDeposited(1)])]));
        Assert.Null(await _store.GetStreamAsync(a));

        var results = await _store.AppendAsync(
            [new StreamAppend(a, ExpectedVersion.NoStream, [new AccountOpened("a")]), new StreamAppend(b, ExpectedVersion.Exact(1), [new MoneyDeposited(1)])]);
        Assert.Equal(a, results[0].StreamId);
        Assert.Equal(1, results[0].FirstVersion);
        Assert.Equal(b, results[1].StreamId);
        Assert.Equal(2, results[1].FirstVersion);
    }

    [Fact]
    public async Task A_repeated_command_returns_the_original_result_and_writes_nothing()
    {
        var stream = "account-" + Guid.NewGuid();
        var command = new AppendOptions { CommandId = Guid.NewGuid() };

        var first = await _store.AppendAsync(stream, ExpectedVersion.NoStream, [new AccountOpened("a")], command);
        var again = await _store.AppendAsync(stream, ExpectedVersion.NoStream, [new AccountOpened("a")], command);

        Assert.False(first.Duplicate);
        Assert.True(again.Duplicate);
        Assert.Equal(first.Positions, again.Positions);
        Assert.Equal(first.FirstVersion, again.FirstVersion);
        Assert.Single(await _store.ReadStreamAsync(stream));
    }

    [Fact]
    public async Task A_repeated_multi_stream_command_returns_every_original_result()
    {
        var a = "account-" + Guid.NewGuid();
        var b = "account-" + Guid.NewGuid();
        var command = new AppendOptions { CommandId = Guid.NewGuid() };
        StreamAppend[] appends = [new(a, ExpectedVersion.NoStream, [new AccountOpened("a")]), new(b, ExpectedVersion.NoStream, [new AccountOpened("b")])];

        var first = await _store.AppendAsync(appends, command);
        var again = await _store.AppendAsync(appends, command);

        Assert.All(again, r => Assert.True(r.Duplicate));
        Assert.Equal(first.Select(r => r.Positions[0]), again.Select(r => r.Positions[0]));
        Assert.Single(await _store.ReadStreamAsync(b));
    }

    [Fact]
    public async Task Concurrent_repeats_of_one_command_write_once()
    {
        var stream = "account-" + Guid.NewGuid();
        var command = new AppendOptions { CommandId = Guid.NewGuid() };

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => _store.AppendAsync(stream, ExpectedVersion.Any, [new MoneyDeposited(1)], command))));

        Assert.Single(results, r => !r.Duplicate);
        Assert.Single(results.Select(r => r.Positions[0]).Distinct());
        Assert.Single(await _store.ReadStreamAsync(stream));
    }

    [Fact]
    public async Task An_archived_stream_refuses_appends_and_plain_reads_but_keeps_its_events_for_audits()
    {
        var stream = "account-" + Guid.NewGuid();
        await _store.AppendAsync(stream, ExpectedVersion.NoStream, [new AccountOpened("a")]);

        await _store.ArchiveStreamAsync(stream);

        await Assert.ThrowsAsync<StreamArchivedException>(() => _store.AppendAsync(stream, ExpectedVersion.Any, [new MoneyDeposited(1)]));
        await Assert.ThrowsAsync<StreamArchivedException>(() => _store.ReadStreamAsync(stream));
        Assert.Single(await _store.ReadStreamAsync(stream, new ReadStreamOptions { IncludeArchived = true }));
        Assert.True((await _store.GetStreamAsync(stream))!.Archived);
    }

    [Fact]
    public async Task Unmapped_event_types_and_empty_appends_are_refused_with_a_clear_error()
    {
        var unknown = await Assert.ThrowsAsync<UnknownEventTypeException>(() => _store.AppendAsync("s-" + Guid.NewGuid(), ExpectedVersion.Any, [new Uri("http://x")]));
        var empty = await Assert.ThrowsAsync<ArgumentException>(() => _store.AppendAsync("s-" + Guid.NewGuid(), ExpectedVersion.Any, []));

        Assert.Contains("System.Uri has no stable type name", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("No events were given", empty.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrations_are_idempotent_and_safe_to_run_concurrently()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => _store.MigrateAsync())));

        Assert.All(results, applied => Assert.Empty(applied));
    }
}
