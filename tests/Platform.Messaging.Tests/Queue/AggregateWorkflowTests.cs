using EventAgents.Platform.EventStore;
using EventAgents.Testing;

namespace EventAgents.Platform.Messaging.Tests;

public sealed class AggregateWorkflowTests : IAsyncLifetime
{
    private readonly QueueFixture fixture = new();
    private readonly string queue = "q-" + Guid.NewGuid().ToString("N")[..8];

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    private static async Task<List<object>> EventsAsync(EventStore.EventStore store, string stream)
    {
        var events = new List<object>();
        await store.LoadAsync(stream, events, (list, e) => { list.Add(e); return list; });
        return events;
    }

    [Fact]
    public async Task An_aggregate_handler_loads_the_stream_appends_its_events_and_sends_its_messages()
    {
        var outbox = new AppendOutbox(fixture.Queue);
        var store = fixture.CreateStore(new EventStoreOptions { InlineProjections = [outbox] });
        var recorder = new Recorder();
        var handlers = new HandlerRegistry(TestTypes.Create())
            .Handle(Countdown.Handler)
            .Handle<Pong>((pong, context) => recorder.Record(pong, context));
        var routes = new MessageRoutes(queue);
        await store.AppendAsync("countdown-k", ExpectedVersion.NoStream, [new Countdown.Started(2)]);
        var bus = new MessageBus(fixture.Queue, new EnvelopeFactory(TestTypes.Create(), routes));

        await using (RunningWorker.Start(new WorkerOptions { Transport = fixture.Queue, Handlers = handlers, Queue = queue, Routes = routes, Store = store, Outbox = outbox }))
        {
            await bus.SendAsync(new Ping("k", 1));
            await Eventually.TrueAsync(() => recorder.Count == 1, TimeSpan.FromSeconds(20), "first pong");
            await bus.SendAsync(new Ping("k", 2));
            await bus.SendAsync(new Ping("k", 2));
            await Eventually.TrueAsync(() => recorder.Count == 2, TimeSpan.FromSeconds(20), "second pong");
            await Eventually.TrueAsync(async () => await fixture.CountAsync("SELECT count(*) FROM messaging.messages WHERE queue = $1 AND type <> 'test.timed-out.v1'", queue) == 0, TimeSpan.FromSeconds(20), "settled");
        }

        Assert.Equal(
            [new Countdown.Started(2), new Countdown.Counted(1), new Countdown.Counted(2), new Countdown.Finished()],
            await EventsAsync(store, "countdown-k"));
        Assert.Equal([new Pong("k", 1), new Pong("k", 2)], recorder.Handled.Select(h => h.Message));
        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM messaging.messages WHERE queue = $1 AND type = 'test.timed-out.v1'", queue));
    }

    [Fact]
    public async Task Handling_a_message_again_after_a_crash_appends_and_sends_nothing_twice()
    {
        var outbox = new AppendOutbox(fixture.Queue);
        var store = fixture.CreateStore(new EventStoreOptions { InlineProjections = [outbox] });
        var handlers = new HandlerRegistry(TestTypes.Create()).Handle<Ping>((ping, _) => Outcome
            .Send(new Pong(ping.Key, ping.Number))
            .AndAppend("notes-" + ping.Key, ExpectedVersion.Any, new Noted("ping " + ping.Number)));
        var executor = new MessageExecutor(new WorkerOptions { Transport = fixture.Queue, Handlers = handlers, Routes = new MessageRoutes(queue), Store = store, Outbox = outbox });
        var delivery = new ManualDelivery(new EnvelopeFactory(TestTypes.Create(), new MessageRoutes(queue)).Create(new Ping("r", 1)), 1);

        var first = await executor.ExecuteAsync(delivery, default);
        var second = await executor.ExecuteAsync(delivery with { Attempt = 2 }, default);
        await fixture.Queue.SendAsync(second, default);

        Assert.Empty(first); // enqueued in the append's transaction
        Assert.Single(second); // the append was a duplicate, so the pong is sent again, and the queue ignores it
        Assert.Equal([new Noted("ping 1")], await EventsAsync(store, "notes-r"));
        Assert.Equal(1, await fixture.PendingAsync(queue));
    }

    [Fact]
    public async Task A_process_manager_ignores_a_redelivered_message_once_it_has_taken_effect()
    {
        var store = fixture.CreateStore();
        await store.AppendAsync("countdown-r", ExpectedVersion.NoStream, [new Countdown.Started(5)]);
        var handlers = new HandlerRegistry(TestTypes.Create()).Handle(Countdown.Handler);
        var executor = new MessageExecutor(new WorkerOptions { Transport = fixture.Queue, Handlers = handlers, Routes = new MessageRoutes(queue), Store = store });
        var delivery = new ManualDelivery(new EnvelopeFactory(TestTypes.Create(), new MessageRoutes(queue)).Create(new Ping("r", 1)), 1);

        var first = await executor.ExecuteAsync(delivery, default);
        var second = await executor.ExecuteAsync(delivery with { Attempt = 2 }, default);

        Assert.Equal(2, first.Count);
        Assert.Empty(second);
        Assert.Equal([new Countdown.Started(5), new Countdown.Counted(1)], await EventsAsync(store, "countdown-r"));
    }
}
