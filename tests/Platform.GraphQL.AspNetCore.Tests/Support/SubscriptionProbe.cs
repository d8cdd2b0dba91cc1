namespace EventAgents.Platform.GraphQL.AspNetCore.Tests.Support;

/// <summary>Counts the source streams the test schema starts and the ones whose consumer cancelled them.</summary>
public sealed class SubscriptionProbe
{
    private int _started;
    private int _cancelled;
    private TaskCompletionSource _cancelledSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Started => Volatile.Read(ref _started);

    public int Cancelled => Volatile.Read(ref _cancelled);

    public void OnStarted() => Interlocked.Increment(ref _started);

    public void OnCancelled()
    {
        Interlocked.Increment(ref _cancelled);
        _cancelledSignal.TrySetResult();
    }

    /// <summary>Waits until a source stream was cancelled (at most ten seconds).</summary>
    public Task WaitForCancellationAsync() => _cancelledSignal.Task.WaitAsync(TimeSpan.FromSeconds(10));

    public void Reset() => _cancelledSignal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
}
