namespace EventAgents.Platform.GraphQL.AspNetCore.Tests.Support;

/// <summary>
/// The system clock, except for two kinds of timer a WebSocket connection makes: the credential check's wait (a due time
/// of <see cref="CheckInterval"/>) only ends when the test calls <see cref="EndCheckWait"/>, and the close grace timer
/// (<see cref="GraceTimeout"/>) is counted while undisposed and its callback's exceptions are kept instead of crashing the
/// process. The first grace timer waits (up to five seconds) inside its creation for a second one to be asked for, so
/// two closes that both reach the creation are caught there together.
/// </summary>
public sealed class CloseRaceClock : TimeProvider
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromHours(3);
    public static readonly TimeSpan GraceTimeout = TimeSpan.FromSeconds(2);
    private readonly Lock _gate = new();
    private readonly List<(TimerCallback Callback, object? State)> _checkWaits = [];
    private readonly SemaphoreSlim _secondGrace = new(0);
    private readonly TaskCompletionSource _firstGrace = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _graceRequests;
    private int _undisposedGraceTimers;

    /// <summary>How many grace timers were asked for.</summary>
    public int GraceRequests => Volatile.Read(ref _graceRequests);

    /// <summary>Grace timers created and not yet disposed.</summary>
    public int UndisposedGraceTimers => Volatile.Read(ref _undisposedGraceTimers);

    /// <summary>What grace timer callbacks threw.</summary>
    public List<Exception> GraceCallbackFailures { get; } = [];

    /// <summary>Completes when the first grace timer is being created.</summary>
    public Task FirstGraceRequested => _firstGrace.Task;

    /// <summary>Ends the credential check waits made so far, on the thread pool.</summary>
    public void EndCheckWait()
    {
        lock (_gate)
        {
            foreach (var (callback, state) in _checkWaits)
            {
                ThreadPool.QueueUserWorkItem(_ => callback(state));
            }

            _checkWaits.Clear();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime == CheckInterval)
        {
            lock (_gate)
            {
                _checkWaits.Add((callback, state));
            }

            return new ManualTimer();
        }

        if (dueTime != GraceTimeout)
        {
            return System.CreateTimer(callback, state, dueTime, period);
        }

        if (Interlocked.Increment(ref _graceRequests) == 1)
        {
            _firstGrace.TrySetResult();
            _secondGrace.Wait(TimeSpan.FromSeconds(5));
        }
        else
        {
            _secondGrace.Release();
        }

        Interlocked.Increment(ref _undisposedGraceTimers);
        return new GraceTimer(this, System.CreateTimer(Guarded(callback), state, dueTime, period));
    }

    private TimerCallback Guarded(TimerCallback callback) => state =>
    {
        try
        {
            callback(state);
        }
        catch (Exception exception)
        {
            lock (_gate)
            {
                GraceCallbackFailures.Add(exception);
            }
        }
    };

    private sealed class ManualTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class GraceTimer(CloseRaceClock clock, ITimer inner) : ITimer
    {
        private int _disposed;

        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(dueTime, period);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Decrement(ref clock._undisposedGraceTimers);
            }

            inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
