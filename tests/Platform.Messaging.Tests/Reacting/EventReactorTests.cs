using EventAgents.Platform.EventStore;
using EventAgents.Testing;

namespace EventAgents.Platform.Messaging.Tests;

public sealed class EventReactorTests : IAsyncLifetime
{
    private readonly QueueFixture fixture = new();
    private readonly string queue = "q-" + Guid.NewGuid().ToString("N")[..8];

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    private EventReactor Reactor(EventStore.EventStore store, EventHandlers handlers, string name = "pinger") => new(name, handlers, new EventReactorOptions
    {
        Store = store,
        Transport = fixture.Queue,
        Envelopes = new EnvelopeFactory(TestTypes.Create(), new MessageRoutes(queue)),
    });

    [Fact]
    public async Task Events_become_messages_that_workers_handle()
    {
        var store = fixture.CreateStore();
        var recorder = new Recorder();
        var handlers = new HandlerRegistry(TestTypes.Create())
            .Handle<Ping>((ping, context) => recorder.Record(ping, context))
            .Handle<TimedOut>((_, _) => Outcome.None);
        var reactor = Reactor(store, new EventHandlers(store.Registry).On<Noted>(NotePinger.OnNoted));
        using var stop = new CancellationTokenSource();
        var subscription = reactor.Subscribe().RunAsync(stop.Token);
        await using var worker = RunningWorker.Start(new WorkerOptions { Transport = fixture.Queue, Handlers = handlers, Queue = queue });

        var appended = await store.AppendAsync("note-a", ExpectedVersion.NoStream, [new Noted("one"), new Noted("two")], new AppendOptions { CorrelationId = "corr-1" });
        await Eventually.TrueAsync(() => recorder.Count == 2, TimeSpan.FromSeconds(20), "a ping per note handled");
        await stop.CancelAsync();
        await subscription;

        Assert.Equal([new Ping("one", 1), new Ping("two", 2)], recorder.Handled.Select(h => h.Message).OrderBy(p => ((Ping)p).Number));
        Assert.All(recorder.Handled, h => Assert.Equal("corr-1", h.Context.CorrelationId));
        Assert.Equal(2, await fixture.CountAsync("SELECT count(*) FROM messaging.messages WHERE queue = $1 AND type = 'test.timed-out.v1'", queue));
        Assert.Equal(2, appended.LastVersion);
    }

    [Fact]
    public async Task A_batch_that_fails_half_way_is_handled_again_without_sending_or_appending_twice()
    {
        var store = fixture.CreateStore();
        var failures = 1;
        var handlers = new EventHandlers(store.Registry).On<Noted>((noted, context) =>
            noted.Text == "boom" && Interlocked.Decrement(ref failures) >= 0
                ? throw new InvalidOperationException("transient")
                : NotePinger.OnNoted(noted, context));
        await store.AppendAsync("note-b", ExpectedVersion.NoStream, [new Noted("audit: first"), new Noted("before"), new Noted("boom")]);
        var subscription = Reactor(store, handlers).Subscribe(new SubscriptionOptions { MaxErrorBackoff = TimeSpan.FromMilliseconds(100) });
        using var stop = new CancellationTokenSource();
        var running = subscription.RunAsync(stop.Token);

        await Eventually.TrueAsync(() => subscription.Checkpoint > 0 && subscription.LastError is null, TimeSpan.FromSeconds(20), "the batch handled after its failure");
        await stop.CancelAsync();
        await running;

        Assert.True(failures < 0, "the handler failed once");
        Assert.Equal(4, await fixture.PendingAsync(queue));
        Assert.Equal(1, (await store.GetStreamAsync("audit-note-b"))!.Version);
    }
}
