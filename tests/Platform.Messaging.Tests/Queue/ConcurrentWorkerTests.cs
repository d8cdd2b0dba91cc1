using EventAgents.Testing;

namespace EventAgents.Platform.Messaging.Tests;

public sealed class ConcurrentWorkerTests : IAsyncLifetime
{
    private readonly QueueFixture fixture = new();
    private readonly string queue = "q-" + Guid.NewGuid().ToString("N")[..8];

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    private HandlerRegistry SlowHandlers(Recorder recorder, TimeSpan work) => new HandlerRegistry(TestTypes.Create())
        .Handle<Ping>(async (ping, context, ct) =>
        {
            using (recorder.Enter(context))
            {
                await Task.Delay(work, ct);
                return recorder.Record(ping, context);
            }
        });

    [Fact]
    public async Task Workers_in_several_processes_handle_each_message_once_and_never_the_same_one_at_the_same_time()
    {
        const int Messages = 300;
        var recorder = new Recorder();
        var handlers = SlowHandlers(recorder, TimeSpan.FromMilliseconds(5));
        var envelopes = new EnvelopeFactory(TestTypes.Create(), new MessageRoutes(queue));
        var workers = Enumerable.Range(0, 4)
            .Select(_ => RunningWorker.Start(new WorkerOptions { Transport = fixture.CreateQueue(), Handlers = handlers, Queue = queue, Concurrency = 4 }))
            .ToList();

        for (var i = 0; i < Messages; i += 30)
        {
            await fixture.Queue.SendAsync([.. Enumerable.Range(i, 30).Select(n => envelopes.Create(new Ping("p", n)))], default);
        }

        await Eventually.TrueAsync(() => recorder.Count >= Messages, TimeSpan.FromSeconds(60), "every message handled");
        foreach (var worker in workers)
        {
            await worker.DisposeAsync();
        }

        Assert.Empty(recorder.Overlaps);
        Assert.Equal(Messages, recorder.Handled.Select(h => ((Ping)h.Message).Number).Distinct().Count());
        Assert.Equal(Messages, recorder.Count);
        Assert.True(workers.Count(w => w.Worker.Handled > 0) > 1, "the work was shared");
        Assert.Equal(0, await fixture.PendingAsync(queue));
    }

    [Fact]
    public async Task A_handler_that_outlives_its_lease_keeps_the_message_because_a_live_worker_renews_it()
    {
        var recorder = new Recorder();
        // The handler outlives the lease twice over; renewals come every third of a lease, so a loaded machine
        // (CI runs test assemblies side by side) still renews in time.
        var handlers = SlowHandlers(recorder, TimeSpan.FromSeconds(5));
        var shortLease = new PostgresQueueOptions { Lease = TimeSpan.FromSeconds(2.5) };
        var envelopes = new EnvelopeFactory(TestTypes.Create(), new MessageRoutes(queue));
        await using var first = RunningWorker.Start(new WorkerOptions { Transport = fixture.CreateQueue(shortLease), Handlers = handlers, Queue = queue });
        await using var second = RunningWorker.Start(new WorkerOptions { Transport = fixture.CreateQueue(shortLease), Handlers = handlers, Queue = queue });

        await fixture.Queue.SendAsync([.. Enumerable.Range(0, 4).Select(n => envelopes.Create(new Ping("slow", n)))], default);
        await Eventually.TrueAsync(() => recorder.Count >= 4, TimeSpan.FromSeconds(60), "every slow message handled");
        await Eventually.TrueAsync(async () => await fixture.PendingAsync(queue) == 0, TimeSpan.FromSeconds(20), "all acknowledged");

        Assert.Empty(recorder.Overlaps);
        Assert.Equal(4, recorder.Count);
        Assert.All(recorder.Handled, h => Assert.Equal(1, h.Context.Attempt));
    }
}
