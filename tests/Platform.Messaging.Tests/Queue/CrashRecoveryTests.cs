using EventAgents.Testing;

namespace EventAgents.Platform.Messaging.Tests;

public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private readonly QueueFixture fixture = new();
    private readonly string queue = "q-" + Guid.NewGuid().ToString("N")[..8];

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    private EnvelopeFactory Envelopes() => new(TestTypes.Create(), new MessageRoutes(queue));

    /// <summary>Claims a message the way a worker does, then dies: its lease is never renewed nor settled.</summary>
    private async Task<IDelivery> ClaimAndCrashAsync(PostgresQueueOptions options)
    {
        await using var crashing = new PostgresQueue(fixture.DataSource, options);
        var receiver = crashing.Receive(queue);
        var delivery = Assert.Single(await receiver.ReceiveAsync(1, CancellationToken.None));
        await receiver.DisposeAsync();
        return delivery;
    }

    [Fact]
    public async Task The_message_of_a_crashed_worker_is_delivered_again_when_its_lease_runs_out()
    {
        var options = new PostgresQueueOptions { Lease = TimeSpan.FromSeconds(2) };
        await fixture.Queue.SendAsync([Envelopes().Create(new Ping("crash", 1))], default);
        var lost = await ClaimAndCrashAsync(options);

        var recorder = new Recorder();
        var handlers = new HandlerRegistry(TestTypes.Create()).Handle<Ping>((ping, context) => recorder.Record(ping, context));
        await using var survivor = RunningWorker.Start(new WorkerOptions { Transport = fixture.CreateQueue(options), Handlers = handlers, Queue = queue });
        await Eventually.TrueAsync(() => recorder.Count == 1, TimeSpan.FromSeconds(20), "the lost message redelivered");

        var (message, context) = Assert.Single(recorder.Handled);
        Assert.Equal(new Ping("crash", 1), message);
        Assert.Equal(lost.Envelope.MessageId, context.MessageId);
        Assert.Equal(2, context.Attempt);
    }

    [Fact]
    public async Task A_message_that_keeps_killing_its_workers_is_dead_lettered_instead_of_looping()
    {
        var options = new PostgresQueueOptions { Lease = TimeSpan.FromMilliseconds(300) };
        await fixture.Queue.SendAsync([Envelopes().Create(new Ping("poison", 1))], default);
        await ClaimAndCrashAsync(options);
        await Task.Delay(TimeSpan.FromMilliseconds(400));
        await ClaimAndCrashAsync(options);

        var recorder = new Recorder();
        var handlers = new HandlerRegistry(TestTypes.Create())
            .Handle<Ping>((ping, context) => recorder.Record(ping, context))
            .WithDefaultRetry(RetryPolicy.Exponential(2, TimeSpan.FromMilliseconds(10)));
        await using var worker = RunningWorker.Start(new WorkerOptions { Transport = fixture.CreateQueue(options), Handlers = handlers, Queue = queue });
        await Eventually.TrueAsync(async () => (await fixture.Queue.ListDeadLettersAsync(queue, 10, default)).Count == 1, TimeSpan.FromSeconds(20), "dead-lettered");

        var letter = Assert.Single(await fixture.Queue.ListDeadLettersAsync(queue, 10, default));
        Assert.Equal(typeof(AttemptsExhaustedException).FullName, letter.Failure.ExceptionType);
        Assert.Equal(3, letter.Attempts);
        Assert.Empty(recorder.Handled);
    }
}
