using EventAgents.Testing;

namespace EventAgents.Platform.EventStore.Tests;

/// <summary>Each test gets a database of its own: a subscription sees every event in the store.</summary>
public sealed class SubscriptionTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly StoreFixture fixture = new();

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    [Fact]
    public async Task Events_committed_out_of_order_reach_the_subscriber_exactly_once_in_global_order()
    {
        await using var slowStore = fixture.Create(new EventStoreOptions { InlineProjections = [new SlowCommitProjection()] });
        var subscriber = new RecordingSubscriber("ordering-" + Guid.NewGuid());
        using var stop = new CancellationTokenSource();
        var running = Subscription.For(slowStore, subscriber, new SubscriptionOptions { BatchSize = 7 }).RunAsync(stop.Token);
        var committed = new List<long>();

        for (var round = 0; round < 20; round++)
        {
            var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(writer => Task.Run(async () =>
            {
                var positions = new List<long>();
                for (var i = 0; i < 3; i++)
                {
                    var result = await slowStore.AppendAsync($"round{round}-writer{writer}", ExpectedVersion.Any, [new Tick(writer, i), new Tick(writer, i)]);
                    positions.AddRange(result.Positions);
                }

                return positions;
            })));
            committed.AddRange(results.SelectMany(p => p));
            var expected = committed.Count;
            await Eventually.TrueAsync(() => subscriber.Received.Count >= expected, Patience, $"round {round}: {expected} events delivered");

            var received = subscriber.Received;
            Assert.Equal(committed.Order(), received);
            Assert.True(received.Zip(received.Skip(1)).All(pair => pair.First < pair.Second), "positions arrive strictly increasing");
        }

        await stop.CancelAsync();
        await running;
    }

    [Fact]
    public async Task A_subscriber_killed_in_the_middle_of_a_batch_and_restarted_loses_nothing()
    {
        var store = fixture.Store;
        var name = "crash-" + Guid.NewGuid();
        var stream = "crash-" + Guid.NewGuid();
        var positions = new List<long>();
        for (var i = 0; i < 10; i++)
        {
            positions.AddRange((await store.AppendAsync(stream, ExpectedVersion.Any, [.. Enumerable.Range(0, 10).Select(n => new Tick(i, n))])).Positions);
        }

        var first = new RecordingSubscriber(name);
        using var kill = new CancellationTokenSource();
        var handled = 0;
        first.BeforeEach = _ =>
        {
            if (++handled == 37)
            {
                kill.Cancel();
                throw new OperationCanceledException(kill.Token);
            }
        };
        var crashed = Subscription.For(store, first, new SubscriptionOptions { BatchSize = 25 });
        await crashed.RunAsync(kill.Token);
        Assert.Equal(25, crashed.Checkpoint);

        var restarted = new RecordingSubscriber(name);
        using var stop = new CancellationTokenSource();
        var running = Subscription.For(store, restarted, new SubscriptionOptions { BatchSize = 25 }).RunAsync(stop.Token);
        await Eventually.TrueAsync(() => restarted.Received.Count >= positions.Count - 25, Patience, "the restarted subscriber catches up");
        await stop.CancelAsync();
        await running;

        var everything = first.Received.Concat(restarted.Received).ToHashSet();
        Assert.Subset(everything, positions.ToHashSet());
        Assert.Equal(positions[25], restarted.Received[0]);
    }

    [Fact]
    public async Task Only_one_instance_owns_a_subscription_and_a_standby_takes_over_when_the_owner_stops()
    {
        var store = fixture.Store;
        var name = "failover-" + Guid.NewGuid();
        var stream = "failover-" + Guid.NewGuid();
        var options = new SubscriptionOptions { OwnershipRetry = TimeSpan.FromMilliseconds(50) };
        var primary = new RecordingSubscriber(name);
        var standby = new RecordingSubscriber(name);
        var primarySubscription = Subscription.For(store, primary, options);
        var standbySubscription = Subscription.For(store, standby, options);
        using var stopPrimary = new CancellationTokenSource();
        using var stopStandby = new CancellationTokenSource();
        var primaryRun = primarySubscription.RunAsync(stopPrimary.Token);
        await Eventually.TrueAsync(() => primarySubscription.IsOwner, Patience, "the first instance owns the subscription");
        var standbyRun = standbySubscription.RunAsync(stopStandby.Token);

        var before = await store.AppendAsync(stream, ExpectedVersion.Any, [new Tick(1, 1)]);
        await Eventually.TrueAsync(() => primary.Received.Contains(before.Positions[0]), Patience, "the owner receives the event");
        Assert.False(standbySubscription.IsOwner);
        Assert.Empty(standby.Received);

        await stopPrimary.CancelAsync();
        await primaryRun;
        var after = await store.AppendAsync(stream, ExpectedVersion.Any, [new Tick(1, 2)]);
        await Eventually.TrueAsync(() => standby.Received.Contains(after.Positions[0]), Patience, "the standby takes over and receives the next event");

        Assert.DoesNotContain(before.Positions[0], standby.Received);
        await stopStandby.CancelAsync();
        await standbyRun;
    }

    [Fact]
    public async Task A_subscriber_in_another_process_is_woken_by_notification()
    {
        await using var writerProcess = fixture.Create();
        await using var readerProcess = fixture.Create(new EventStoreOptions { NotifyOtherProcesses = false });
        var subscriber = new RecordingSubscriber("notify-" + Guid.NewGuid());
        using var stop = new CancellationTokenSource();
        var subscription = Subscription.For(readerProcess, subscriber, new SubscriptionOptions { PollInterval = TimeSpan.FromMinutes(5) });
        var running = subscription.RunAsync(stop.Token);
        await Eventually.TrueAsync(() => subscription.IsOwner, Patience, "owner");
        await Task.Delay(300);
        var count = subscriber.Received.Count;

        var appended = await writerProcess.AppendAsync("notify-" + Guid.NewGuid(), ExpectedVersion.Any, [new Tick(0, 0)]);

        await Eventually.TrueAsync(() => subscriber.Received.Contains(appended.Positions[0]), TimeSpan.FromSeconds(5), "woken without polling");
        Assert.True(subscriber.Received.Count > count);
        await stop.CancelAsync();
        await running;
    }
}
