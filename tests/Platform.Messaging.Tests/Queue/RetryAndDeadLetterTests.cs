using EventAgents.Testing;

namespace EventAgents.Platform.Messaging.Tests;

public sealed class RetryAndDeadLetterTests : IAsyncLifetime
{
    private readonly QueueFixture fixture = new();
    private readonly string queue = "q-" + Guid.NewGuid().ToString("N")[..8];

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    private MessageBus Bus() => new(fixture.Queue, new EnvelopeFactory(TestTypes.Create(), new MessageRoutes(queue)));

    [Fact]
    public async Task A_failing_message_is_retried_with_backoff_then_dead_lettered_and_can_be_replayed()
    {
        var attempts = new List<(int Attempt, DateTimeOffset At)>();
        var broken = true;
        var recorder = new Recorder();
        var handlers = new HandlerRegistry(TestTypes.Create())
            .Handle<Ping>((ping, context) =>
            {
                lock (attempts)
                {
                    attempts.Add((context.Attempt, context.Now));
                }

                return Volatile.Read(ref broken) ? throw new InvalidOperationException("the service is down") : recorder.Record(ping, context);
            })
            .Retry<Ping>(RetryPolicy.Exponential(3, TimeSpan.FromMilliseconds(400)));
        await using var worker = RunningWorker.Start(new WorkerOptions { Transport = fixture.Queue, Handlers = handlers, Queue = queue });

        await Bus().SendAsync(new Ping("fail", 1));
        await Eventually.TrueAsync(async () => (await fixture.Queue.ListDeadLettersAsync(queue, 10, default)).Count == 1, TimeSpan.FromSeconds(20), "dead-lettered");

        Assert.Equal([1, 2, 3], attempts.Select(a => a.Attempt));
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromMilliseconds(400), "first backoff");
        Assert.True(attempts[2].At - attempts[1].At >= TimeSpan.FromMilliseconds(800), "second backoff doubled");
        var letter = Assert.Single(await fixture.Queue.ListDeadLettersAsync(queue, 10, default));
        Assert.Equal(3, letter.Attempts);
        Assert.Equal(typeof(InvalidOperationException).FullName, letter.Failure.ExceptionType);
        Assert.Equal("the service is down", letter.Failure.Message);
        Assert.Contains(nameof(A_failing_message_is_retried_with_backoff_then_dead_lettered_and_can_be_replayed), letter.Failure.StackTrace, StringComparison.Ordinal);
        Assert.Equal(new Ping("fail", 1), TestTypes.Create().Deserialize(letter.Envelope.MessageType, letter.Envelope.Body));
        Assert.Equal(0, await fixture.PendingAsync(queue));

        Volatile.Write(ref broken, false);
        Assert.True(await fixture.Queue.ReplayAsync(letter.Envelope.MessageId, default));
        await Eventually.TrueAsync(() => recorder.Count == 1, TimeSpan.FromSeconds(20), "the replayed message handled");

        Assert.Equal(1, recorder.Handled.Single().Context.Attempt);
        Assert.Equal(letter.Envelope.MessageId, recorder.Handled.Single().Context.MessageId);
        Assert.Empty(await fixture.Queue.ListDeadLettersAsync(queue, 10, default));
        Assert.False(await fixture.Queue.ReplayAsync(letter.Envelope.MessageId, default));
    }

    [Fact]
    public async Task A_message_no_handler_can_take_is_dead_lettered_at_once()
    {
        var handlers = new HandlerRegistry(TestTypes.Create()).Handle<Pong>((_, _) => Outcome.None);
        await using var worker = RunningWorker.Start(new WorkerOptions { Transport = fixture.Queue, Handlers = handlers, Queue = queue });

        await Bus().SendAsync(new Ping("orphan", 1));
        await Eventually.TrueAsync(async () => (await fixture.Queue.ListDeadLettersAsync(queue, 10, default)).Count == 1, TimeSpan.FromSeconds(20), "dead-lettered");

        var letter = Assert.Single(await fixture.Queue.ListDeadLettersAsync(queue, 10, default));
        Assert.Equal(typeof(NoHandlerException).FullName, letter.Failure.ExceptionType);
        Assert.Equal(1, letter.Attempts);
    }
}
