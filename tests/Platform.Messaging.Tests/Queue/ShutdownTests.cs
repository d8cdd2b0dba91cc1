using EventAgents.Testing;

namespace EventAgents.Platform.Messaging.Tests;

public sealed class ShutdownTests : IAsyncLifetime
{
    private readonly QueueFixture fixture = new();
    private readonly string queue = "q-" + Guid.NewGuid().ToString("N")[..8];

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    private Task SendAsync(object message) =>
        fixture.Queue.SendAsync([new EnvelopeFactory(TestTypes.Create(), new MessageRoutes(queue)).Create(message)], default);

    [Fact]
    public async Task A_stopping_worker_lets_a_running_handler_finish_and_acknowledges_it()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handlers = new HandlerRegistry(TestTypes.Create()).Handle<Ping>(async (_, _, _) =>
        {
            started.SetResult();
            await release.Task;
            return Outcome.None;
        });
        var worker = RunningWorker.Start(new WorkerOptions { Transport = fixture.Queue, Handlers = handlers, Queue = queue, ShutdownGrace = TimeSpan.FromSeconds(30) });
        await SendAsync(new Ping("finish", 1));
        await started.Task.WaitAsync(TimeSpan.FromSeconds(20));

        var stopping = worker.StopAsync();
        Assert.False(stopping.IsCompleted);
        release.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(1, worker.Worker.Handled);
        Assert.Equal(0, await fixture.PendingAsync(queue));
    }

    [Fact]
    public async Task A_handler_still_running_after_the_grace_period_is_cancelled_and_its_message_given_back()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handlers = new HandlerRegistry(TestTypes.Create()).Handle<Ping>(async (_, _, ct) =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
            return Outcome.None;
        });
        var worker = RunningWorker.Start(new WorkerOptions { Transport = fixture.Queue, Handlers = handlers, Queue = queue, ShutdownGrace = TimeSpan.FromSeconds(1) });
        await SendAsync(new Ping("stuck", 1));
        await started.Task.WaitAsync(TimeSpan.FromSeconds(20));

        await worker.StopAsync().WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(0, worker.Worker.Handled);
        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM messaging.messages WHERE queue = $1 AND attempts = 0 AND lease IS NULL", queue));

        var recorder = new Recorder();
        var next = new HandlerRegistry(TestTypes.Create()).Handle<Ping>((ping, context) => recorder.Record(ping, context));
        await using var successor = RunningWorker.Start(new WorkerOptions { Transport = fixture.CreateQueue(), Handlers = next, Queue = queue });
        await Eventually.TrueAsync(() => recorder.Count == 1, TimeSpan.FromSeconds(10), "the given-back message handled at once");
        Assert.Equal(1, recorder.Handled.Single().Context.Attempt);
    }

    [Fact]
    public async Task A_handler_that_runs_past_its_timeout_is_cancelled_and_counted_as_a_failure()
    {
        var handlers = new HandlerRegistry(TestTypes.Create())
            .Handle<Ping>(async (_, _, ct) =>
            {
                await Task.Delay(Timeout.Infinite, ct);
                return Outcome.None;
            })
            .WithDefaultRetry(RetryPolicy.None);
        await using var worker = RunningWorker.Start(new WorkerOptions
        {
            Transport = fixture.Queue, Handlers = handlers, Queue = queue, HandlerTimeout = TimeSpan.FromMilliseconds(300),
        });

        await SendAsync(new Ping("hangs", 1));
        await Eventually.TrueAsync(async () => (await fixture.Queue.ListDeadLettersAsync(queue, 5, default)).Count == 1, TimeSpan.FromSeconds(20), "dead-lettered");

        Assert.Equal(typeof(TimeoutException).FullName, Assert.Single(await fixture.Queue.ListDeadLettersAsync(queue, 5, default)).Failure.ExceptionType);
    }
}
