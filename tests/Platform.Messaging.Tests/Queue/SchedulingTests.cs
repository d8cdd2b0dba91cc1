using EventAgents.Testing;

namespace EventAgents.Platform.Messaging.Tests;

public sealed class SchedulingTests : IAsyncLifetime
{
    private readonly QueueFixture fixture = new();
    private readonly string queue = "q-" + Guid.NewGuid().ToString("N")[..8];

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    /// <summary>A queue that only looks again when woken or when its timer for the next due message fires.</summary>
    private PostgresQueue QueueWithoutPolling() => fixture.CreateQueue(new PostgresQueueOptions { IdlePoll = TimeSpan.FromMinutes(10) });

    private (HandlerRegistry Handlers, Recorder Recorder, List<DateTimeOffset> HandledAt) Recording()
    {
        var recorder = new Recorder();
        var handledAt = new List<DateTimeOffset>();
        var handlers = new HandlerRegistry(TestTypes.Create()).Handle<Ping>((ping, context) =>
        {
            lock (handledAt)
            {
                handledAt.Add(context.Now);
            }

            return recorder.Record(ping, context);
        });
        return (handlers, recorder, handledAt);
    }

    [Fact]
    public async Task A_scheduled_message_is_not_delivered_before_its_time_and_is_delivered_soon_after_it()
    {
        var (handlers, recorder, handledAt) = Recording();
        var queueInstance = QueueWithoutPolling();
        await using var worker = RunningWorker.Start(new WorkerOptions { Transport = queueInstance, Handlers = handlers, Queue = queue });
        var bus = new MessageBus(fixture.Queue, new EnvelopeFactory(TestTypes.Create(), new MessageRoutes(queue)));
        var due = TimeProvider.System.GetUtcNow().AddSeconds(3);

        await bus.ScheduleAsync(new Ping("later", 1), due);
        await bus.SendAsync(new Ping("now", 1));
        await Eventually.TrueAsync(() => recorder.Count >= 1, TimeSpan.FromSeconds(10), "the immediate message handled");
        Assert.Equal(new Ping("now", 1), Assert.Single(recorder.Handled).Message);

        await Eventually.TrueAsync(() => recorder.Count == 2, TimeSpan.FromSeconds(15), "the scheduled message handled");
        Assert.Equal(new Ping("later", 1), recorder.Handled.Last().Message);
        Assert.True(handledAt[1] >= due, $"handled at {handledAt[1]:O}, due at {due:O}");
        Assert.True(handledAt[1] < due.AddSeconds(5), $"handled at {handledAt[1]:O}, due at {due:O}: the worker's timer did not wake it");
    }

    [Fact]
    public async Task An_idle_worker_is_woken_by_an_enqueue_from_another_process()
    {
        var (handlers, recorder, _) = Recording();
        await using var worker = RunningWorker.Start(new WorkerOptions { Transport = QueueWithoutPolling(), Handlers = handlers, Queue = queue });
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        await using var otherProcess = new PostgresQueue(fixture.DataSource);
        await otherProcess.SendAsync([new EnvelopeFactory(TestTypes.Create(), new MessageRoutes(queue)).Create(new Ping("wake", 1))], default);

        await Eventually.TrueAsync(() => recorder.Count == 1, TimeSpan.FromSeconds(10), "the notification woke the worker");
    }

    [Fact]
    public async Task A_delay_is_measured_from_the_injected_clock()
    {
        var clock = new ShiftedClock(TimeSpan.FromHours(-1));
        var envelopes = new EnvelopeFactory(TestTypes.Create(), new MessageRoutes(queue), clock);

        var envelope = envelopes.Create(new OutgoingMessage(new Ping("d", 1)) { Delay = TimeSpan.FromMinutes(5) });

        Assert.Equal(envelope.EnqueuedAt.AddMinutes(5), envelope.DeliverAt);
        Assert.True(envelope.DeliverAt < TimeProvider.System.GetUtcNow(), "the delay follows the injected clock, not the machine's");
    }

    [Fact]
    public async Task A_scheduled_message_nobody_holds_can_be_withdrawn()
    {
        var envelope = new EnvelopeFactory(TestTypes.Create(), new MessageRoutes(queue)).Create(new OutgoingMessage(new TimedOut("t")) { Delay = TimeSpan.FromHours(1) });
        await fixture.Queue.SendAsync([envelope], default);

        Assert.True(await fixture.Queue.CancelAsync(envelope.MessageId, default));
        Assert.False(await fixture.Queue.CancelAsync(envelope.MessageId, default));
        Assert.Equal(0, await fixture.PendingAsync(queue));
    }

    [Fact]
    public async Task A_worker_on_a_manual_clock_delivers_a_message_due_in_an_hour_only_when_the_hour_has_passed()
    {
        var clock = new ManualClock(new DateTimeOffset(2030, 1, 1, 9, 0, 0, TimeSpan.Zero));
        var (handlers, recorder, handledAt) = Recording();
        var manual = fixture.CreateQueue(new PostgresQueueOptions { Clock = clock, IdlePoll = TimeSpan.FromDays(1) });
        await using var worker = RunningWorker.Start(new WorkerOptions { Transport = manual, Handlers = handlers, Queue = queue, Clock = clock });
        var envelopes = new EnvelopeFactory(TestTypes.Create(), new MessageRoutes(queue), clock);

        await manual.SendAsync([envelopes.Create(new OutgoingMessage(new Ping("hour", 1)) { Delay = TimeSpan.FromHours(1) })], default);
        clock.Advance(TimeSpan.FromMinutes(59));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(0, recorder.Count);

        clock.Advance(TimeSpan.FromMinutes(1));
        await Eventually.TrueAsync(() => recorder.Count == 1, TimeSpan.FromSeconds(10), "delivered once the hour passed");
        Assert.Equal(new DateTimeOffset(2030, 1, 1, 10, 0, 0, TimeSpan.Zero), handledAt.Single());
    }
}
