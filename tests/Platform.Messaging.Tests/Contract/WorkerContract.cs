using EventAgents.Testing;

namespace EventAgents.Platform.Messaging.Tests;

/// <summary>A worker over each transport: the same handlers, retries and dead letters whatever carries the messages.</summary>
public abstract class WorkerContract : IAsyncLifetime
{
    private readonly string queue = "worker-" + Guid.NewGuid().ToString("N")[..8];
    private IMessageTransport transport = null!;

    public async Task InitializeAsync() => transport = await CreateTransportAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected abstract Task<IMessageTransport> CreateTransportAsync();

    private RunningWorker Start(HandlerRegistry handlers) =>
        RunningWorker.Start(new WorkerOptions { Transport = transport, Handlers = handlers, Queue = queue, Routes = new MessageRoutes(queue) });

    private MessageBus Bus() => new(transport, new EnvelopeFactory(TestTypes.Create(), new MessageRoutes(queue)));

    [ServiceFact]
    public async Task A_worker_handles_a_message_and_what_follows_from_it()
    {
        var recorder = new Recorder();
        var handlers = new HandlerRegistry(TestTypes.Create())
            .Handle<Ping>((ping, context) => recorder.Record(ping, context, Outcome.Send(new Pong(ping.Key, ping.Number + 1))))
            .Handle<Pong>((pong, context) => recorder.Record(pong, context));
        await using var worker = Start(handlers);

        await Bus().SendAsync(new Ping("w", 1));

        await Eventually.TrueAsync(() => recorder.Count == 2, TimeSpan.FromSeconds(20), "ping and pong handled");
        Assert.Equal([new Ping("w", 1), new Pong("w", 2)], recorder.Handled.Select(h => h.Message));
    }

    [ServiceFact]
    public async Task A_failing_message_is_retried_then_dead_lettered_and_a_replay_is_handled()
    {
        var deadLetters = Assert.IsAssignableFrom<IDeadLetters>(transport);
        var broken = true;
        var attempts = 0;
        var recorder = new Recorder();
        var handlers = new HandlerRegistry(TestTypes.Create())
            .Handle<Ping>((ping, context) =>
            {
                Interlocked.Increment(ref attempts);
                return Volatile.Read(ref broken) ? throw new TimeoutException("no answer") : recorder.Record(ping, context);
            })
            .WithDefaultRetry(RetryPolicy.Exponential(3, TimeSpan.FromMilliseconds(200)));
        await using var worker = Start(handlers);

        await Bus().SendAsync(new Ping("r", 1));
        await Eventually.TrueAsync(async () => (await deadLetters.ListDeadLettersAsync(queue, 5, default)).Count == 1, TimeSpan.FromSeconds(20), "dead-lettered");

        var letter = Assert.Single(await deadLetters.ListDeadLettersAsync(queue, 5, default));
        Assert.Equal((3, 3), (attempts, letter.Attempts));
        Assert.Equal(typeof(TimeoutException).FullName, letter.Failure.ExceptionType);
        Volatile.Write(ref broken, false);
        Assert.True(await deadLetters.ReplayAsync(queue, letter.Envelope.MessageId, default));
        await Eventually.TrueAsync(() => recorder.Count == 1, TimeSpan.FromSeconds(20), "the replay handled");
        Assert.Equal(1, recorder.Handled.Single().Context.Attempt);
    }

    [ServiceFact]
    public async Task Competing_workers_handle_every_message_once_and_never_one_twice_at_the_same_time()
    {
        const int Messages = 100;
        var recorder = new Recorder();
        var handlers = new HandlerRegistry(TestTypes.Create()).Handle<Ping>(async (ping, context, ct) =>
        {
            using (recorder.Enter(context))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(5), ct);
                return recorder.Record(ping, context);
            }
        });
        var others = await CreateTransportAsync();
        await using var first = Start(handlers);
        await using var second = RunningWorker.Start(new WorkerOptions { Transport = others, Handlers = handlers, Queue = queue, Concurrency = 3 });

        var envelopes = new EnvelopeFactory(TestTypes.Create(), new MessageRoutes(queue));
        await transport.SendAsync([.. Enumerable.Range(0, Messages).Select(n => envelopes.Create(new Ping("c", n)))], default);

        await Eventually.TrueAsync(() => recorder.Count >= Messages, TimeSpan.FromSeconds(60), "every message handled");
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.Empty(recorder.Overlaps);
        Assert.Equal(Messages, recorder.Count);
        Assert.Equal(Messages, recorder.Handled.Select(h => ((Ping)h.Message).Number).Distinct().Count());
    }
}
