namespace EventAgents.Platform.Messaging.Tests;

/// <summary>A worker running in the background for the duration of a test; disposing stops it gracefully.</summary>
public sealed class RunningWorker : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();

    private RunningWorker(WorkerOptions options)
    {
        Worker = new MessageWorker(options);
        Run = Worker.RunAsync(_stop.Token);
    }

    public MessageWorker Worker { get; }

    public Task Run { get; }

    public static RunningWorker Start(WorkerOptions options) => new(options);

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Run;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }
}
