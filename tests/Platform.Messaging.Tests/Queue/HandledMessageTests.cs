namespace EventAgents.Platform.Messaging.Tests;

public sealed class HandledMessageTests : IAsyncLifetime
{
    private readonly QueueFixture fixture = new();

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    [Fact]
    public async Task A_message_takes_effect_once_and_a_rolled_back_mark_is_forgotten()
    {
        var id = Guid.NewGuid();
        await using var connection = await fixture.DataSource.OpenConnectionAsync();
        await using (var rolledBack = await connection.BeginTransactionAsync())
        {
            Assert.True(await fixture.Queue.TryMarkHandledAsync(connection, rolledBack, id, default));
            await rolledBack.RollbackAsync();
        }

        Assert.False(await fixture.Queue.WasHandledAsync(id, default));
        await using (var committed = await connection.BeginTransactionAsync())
        {
            Assert.True(await fixture.Queue.TryMarkHandledAsync(connection, committed, id, default));
            await committed.CommitAsync();
        }

        Assert.False(await fixture.Queue.TryMarkHandledAsync(connection, null, id, default));
        Assert.True(await fixture.Queue.WasHandledAsync(id, default));
    }

    [Fact]
    public async Task Handled_ids_past_their_retention_are_forgotten()
    {
        var old = Guid.NewGuid();
        await using var connection = await fixture.DataSource.OpenConnectionAsync();
        var yesterday = fixture.CreateQueue(new PostgresQueueOptions { Clock = new ShiftedClock(TimeSpan.FromDays(-1)) });
        await yesterday.TryMarkHandledAsync(connection, null, old, default);
        var recent = Guid.NewGuid();
        await fixture.Queue.TryMarkHandledAsync(connection, null, recent, default);

        Assert.Equal(1, await fixture.Queue.PurgeHandledAsync(TimeSpan.FromHours(1), default));

        Assert.False(await fixture.Queue.WasHandledAsync(old, default));
        Assert.True(await fixture.Queue.WasHandledAsync(recent, default));
    }
}
