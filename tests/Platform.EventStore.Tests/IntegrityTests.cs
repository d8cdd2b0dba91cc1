namespace EventAgents.Platform.EventStore.Tests;

public sealed class IntegrityTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private readonly EventStore _store = fixture.Store;

    private async Task<(string Stream, AppendResult Result)> WriteAccountAsync()
    {
        var stream = "audited-" + Guid.NewGuid();
        var result = await _store.AppendAsync(stream, ExpectedVersion.NoStream,
            [new AccountOpened("ada"), new MoneyDeposited(10), new MoneyDeposited(20), new MoneyWithdrawn(5), new MoneyDeposited(1)]);
        return (stream, result);
    }

    [Fact]
    public async Task An_untouched_stream_verifies()
    {
        var (stream, _) = await WriteAccountAsync();

        var verification = await _store.VerifyStreamAsync(stream);

        Assert.True(verification.IsValid, verification.Problem?.Message);
        Assert.Equal(5, verification.EventsChecked);
    }

    [Fact]
    public async Task An_update_of_an_event_row_with_plain_sql_is_found_and_named()
    {
        var (stream, result) = await WriteAccountAsync();

        await fixture.ExecuteAsync($"UPDATE eventagents.mt_events SET data = '{{\"amount\":2000}}' WHERE stream_id = '{stream}' AND version = 3");
        var verification = await _store.VerifyStreamAsync(stream);

        Assert.False(verification.IsValid);
        Assert.Equal(ChainProblemKind.Altered, verification.Problem!.Kind);
        Assert.Equal(3, verification.Problem.Version);
        Assert.Equal(result.Positions[2], verification.Problem.Position);
        Assert.Contains($"version 3 (position {result.Positions[2]}) of stream '{stream}'", verification.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_only_the_actor_or_the_time_is_found()
    {
        var (stream, _) = await WriteAccountAsync();
        var (other, _) = await WriteAccountAsync();

        await fixture.ExecuteAsync($"UPDATE eventagents.mt_events SET user_name = 'mallory' WHERE stream_id = '{stream}' AND version = 2");
        await fixture.ExecuteAsync($"UPDATE eventagents.mt_events SET timestamp = timestamp - interval '1 day' WHERE stream_id = '{other}' AND version = 4");

        Assert.Equal(2, (await _store.VerifyStreamAsync(stream)).Problem!.Version);
        Assert.Equal(4, (await _store.VerifyStreamAsync(other)).Problem!.Version);
    }

    [Fact]
    public async Task A_deleted_event_in_the_middle_is_found_as_missing()
    {
        var (stream, _) = await WriteAccountAsync();

        await fixture.ExecuteAsync($"DELETE FROM eventagents.mt_events WHERE stream_id = '{stream}' AND version = 2");
        var verification = await _store.VerifyStreamAsync(stream);

        Assert.Equal(ChainProblemKind.Missing, verification.Problem!.Kind);
        Assert.Equal(2, verification.Problem.Version);
        Assert.Contains("version 2", verification.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_last_event_is_found_as_truncation()
    {
        var (stream, _) = await WriteAccountAsync();

        await fixture.ExecuteAsync($"DELETE FROM eventagents.mt_events WHERE stream_id = '{stream}' AND version = 5");
        var verification = await _store.VerifyStreamAsync(stream);

        Assert.Equal(ChainProblemKind.Truncated, verification.Problem!.Kind);
        Assert.Equal(5, verification.Problem.Version);
    }

    [Fact]
    public async Task Swapped_events_are_found_as_reordered()
    {
        var (stream, _) = await WriteAccountAsync();

        await fixture.ExecuteAsync($"""
            UPDATE eventagents.mt_events SET version = -version WHERE stream_id = '{stream}' AND version IN (2, 3);
            UPDATE eventagents.mt_events SET version = CASE version WHEN -2 THEN 3 ELSE 2 END WHERE stream_id = '{stream}' AND version IN (-2, -3);
            """);
        var verification = await _store.VerifyStreamAsync(stream);

        Assert.Equal(ChainProblemKind.Reordered, verification.Problem!.Kind);
        Assert.Equal(2, verification.Problem.Version);
    }

    [Fact]
    public async Task Verify_all_lists_only_the_broken_streams()
    {
        var (good, _) = await WriteAccountAsync();
        var (bad, _) = await WriteAccountAsync();
        await fixture.ExecuteAsync($"UPDATE eventagents.mt_events SET type = 'account.money-withdrawn.v1' WHERE stream_id = '{bad}' AND version = 2");

        var broken = await _store.VerifyAllAsync();

        Assert.Contains(broken, v => v.StreamId == bad);
        Assert.DoesNotContain(broken, v => v.StreamId == good);
    }
}
