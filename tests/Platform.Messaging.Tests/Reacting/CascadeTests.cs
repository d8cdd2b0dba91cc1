using EventAgents.Platform.EventStore;
using EventAgents.Testing;

namespace EventAgents.Platform.Messaging.Tests;

/// <summary>Events drive handlers, whose events and messages drive more handlers, until the cascade settles.</summary>
public sealed class CascadeTests : IAsyncLifetime
{
    private readonly QueueFixture fixture = new();
    private readonly string queue = "q-" + Guid.NewGuid().ToString("N")[..8];

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    [Fact]
    public async Task A_started_countdown_runs_to_its_end_through_the_reactor_the_queue_and_the_aggregate()
    {
        var outbox = new AppendOutbox(fixture.Queue);
        var store = fixture.CreateStore(new EventStoreOptions { InlineProjections = [outbox] });
        var routes = new MessageRoutes(queue);
        var events = new EventHandlers(store.Registry)
            .On<Countdown.Started>((_, context) => Outcome.Send(new Ping(context.StreamId["countdown-".Length..], 1)));
        var handlers = new HandlerRegistry(TestTypes.Create())
            .Handle(Countdown.Handler)
            .Handle<Pong>((pong, _) => Outcome.Send(new Ping(pong.Key, pong.Number + 1)))
            .Handle<TimedOut>((_, _) => Outcome.None);
        var reactor = new EventReactor("countdown-starter", events, new EventReactorOptions
        {
            Store = store,
            Transport = fixture.Queue,
            Envelopes = new EnvelopeFactory(TestTypes.Create(), routes),
        });
        using var stop = new CancellationTokenSource();
        var subscription = reactor.Subscribe().RunAsync(stop.Token);
        var options = new WorkerOptions { Transport = fixture.Queue, Handlers = handlers, Queue = queue, Routes = routes, Store = store, Outbox = outbox };
        await using var first = RunningWorker.Start(options);
        await using var second = RunningWorker.Start(options with { Transport = fixture.CreateQueue() });

        await store.AppendAsync("countdown-c", ExpectedVersion.NoStream, [new Countdown.Started(3)]);

        await Eventually.TrueAsync(async () => (await store.GetStreamAsync("countdown-c"))?.Version == 5, TimeSpan.FromSeconds(30), "the countdown finished");
        await Eventually.TrueAsync(
            async () => await fixture.CountAsync("SELECT count(*) FROM messaging.messages WHERE queue = $1 AND type <> 'test.timed-out.v1'", queue) == 0,
            TimeSpan.FromSeconds(30), "the cascade settled");
        await stop.CancelAsync();
        await subscription;

        var history = new List<object>();
        await store.LoadAsync("countdown-c", history, (list, e) => { list.Add(e); return list; });
        Assert.Equal(
            [new Countdown.Started(3), new Countdown.Counted(1), new Countdown.Counted(2), new Countdown.Counted(3), new Countdown.Finished()],
            history);
        Assert.Equal(2, await fixture.CountAsync("SELECT count(*) FROM messaging.messages WHERE queue = $1 AND type = 'test.timed-out.v1'", queue));
        Assert.Equal(0, await fixture.CountAsync("SELECT count(*) FROM messaging.dead_letters WHERE queue = $1", queue));
    }
}
