using EventAgents.Testing;

namespace EventAgents.Platform.Messaging.Tests;

public sealed class QueueBasicsTests : IAsyncLifetime
{
    private readonly QueueFixture fixture = new();
    private readonly string queue = "q-" + Guid.NewGuid().ToString("N")[..8];

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    private EnvelopeFactory Envelopes() => new(TestTypes.Create(), new MessageRoutes(queue));

    [Fact]
    public async Task A_worker_handles_a_message_and_its_follow_ups_then_forgets_them()
    {
        var recorder = new Recorder();
        var handlers = new HandlerRegistry(TestTypes.Create())
            .Handle<Ping>((ping, context) => recorder.Record(ping, context, Outcome.Send(new Pong(ping.Key, ping.Number + 1))))
            .Handle<Pong>((pong, context) => recorder.Record(pong, context));
        var bus = new MessageBus(fixture.Queue, Envelopes());

        await using (RunningWorker.Start(new WorkerOptions { Transport = fixture.Queue, Handlers = handlers, Queue = queue, Routes = new MessageRoutes(queue) }))
        {
            await bus.SendAsync(new Ping("a", 1));
            await Eventually.TrueAsync(() => recorder.Count == 2, TimeSpan.FromSeconds(20), "the ping and its pong handled");
        }

        var (ping, pingContext) = recorder.Handled.First();
        var (pong, pongContext) = recorder.Handled.Last();
        Assert.Equal(new Ping("a", 1), ping);
        Assert.Equal(new Pong("a", 2), pong);
        Assert.Equal(MessageIds.Derive(pingContext.MessageId, 0), pongContext.MessageId);
        Assert.Equal(pingContext.MessageId.ToString(), pongContext.CausationId);
        Assert.Equal(pingContext.MessageId.ToString(), pongContext.CorrelationId);
        Assert.Equal(0, await fixture.PendingAsync(queue));
    }

    [Fact]
    public async Task An_id_already_queued_or_already_handled_is_not_enqueued_again()
    {
        var envelope = Envelopes().Create(new Ping("dup", 1));
        await fixture.Queue.SendAsync([envelope, envelope with { Body = "{\"key\":\"other\",\"number\":2}" }], default);
        await fixture.Queue.SendAsync([envelope], default);
        Assert.Equal(1, await fixture.PendingAsync(queue));

        var recorder = new Recorder();
        var handlers = new HandlerRegistry(TestTypes.Create()).Handle<Ping>((ping, context) => recorder.Record(ping, context));
        await using (RunningWorker.Start(new WorkerOptions { Transport = fixture.Queue, Handlers = handlers, Queue = queue }))
        {
            await Eventually.TrueAsync(() => recorder.Count == 1, TimeSpan.FromSeconds(20), "the message handled");
            await Eventually.TrueAsync(async () => await fixture.PendingAsync(queue) == 0, TimeSpan.FromSeconds(20), "the message acknowledged");
        }

        await fixture.Queue.SendAsync([envelope], default);
        Assert.Equal(0, await fixture.PendingAsync(queue));
        Assert.Equal(new Ping("dup", 1), Assert.Single(recorder.Handled).Message);
    }

    [Fact]
    public async Task The_queue_lives_in_the_schema_it_is_given_and_migrating_again_changes_nothing()
    {
        var custom = fixture.CreateQueue(new PostgresQueueOptions { Schema = "Other Queue" });

        Assert.Single(await custom.MigrateAsync());
        Assert.Empty(await custom.MigrateAsync());
        await custom.SendAsync([Envelopes().Create(new Ping("elsewhere", 1))], default);

        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM \"Other Queue\".messages"));
        Assert.Equal(0, await fixture.PendingAsync(queue));
        await using var receiver = custom.Receive(queue);
        var delivery = Assert.Single(await receiver.ReceiveAsync(5, default));
        Assert.Equal(new Ping("elsewhere", 1), TestTypes.Create().Deserialize(delivery.Envelope.MessageType, delivery.Envelope.Body));
        await delivery.CompleteAsync([], default);
        Assert.Equal(0, await fixture.CountAsync("SELECT count(*) FROM \"Other Queue\".messages"));
    }

    [Fact]
    public async Task Counts_tell_due_scheduled_in_flight_and_dead_messages_apart()
    {
        var envelopes = Envelopes();
        await fixture.Queue.SendAsync(
        [
            envelopes.Create(new Ping("due", 1)),
            envelopes.Create(new Ping("due", 2)),
            envelopes.Create(new OutgoingMessage(new Ping("later", 3)) { Delay = TimeSpan.FromHours(1) }),
        ], default);
        await using var receiver = fixture.Queue.Receive(queue);
        var deliveries = await receiver.ReceiveAsync(2, default);
        await deliveries[0].DeadLetterAsync(MessageFailure.From(new InvalidOperationException("x")), default);

        Assert.Equal(new QueueCounts(Due: 0, Scheduled: 1, InFlight: 1, DeadLetters: 1), await fixture.Queue.CountAsync(queue, default));
        await deliveries[1].CompleteAsync([], default);
    }
}
