namespace EventAgents.Platform.Messaging.Tests;

/// <summary>A clock that moves only when told to; its timers fire when it passes their due time.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_timers)
        {
            return _now;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    public void Advance(TimeSpan by)
    {
        List<ManualTimer> due;
        lock (_timers)
        {
            _now += by;
            due = [.. _timers.Where(t => t.DueAt <= _now)];
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    private void Schedule(ManualTimer timer, bool active)
    {
        lock (_timers)
        {
            _timers.Remove(timer);
            if (active)
            {
                _timers.Add(timer);
            }
        }
    }

    private sealed class ManualTimer(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _period = period;
            var active = dueTime != Timeout.InfiniteTimeSpan;
            DueAt = active ? clock.GetUtcNow() + dueTime : DateTimeOffset.MaxValue;
            clock.Schedule(this, active);
            return true;
        }

        public void Fire()
        {
            var periodic = _period != Timeout.InfiniteTimeSpan && _period > TimeSpan.Zero;
            DueAt = periodic ? DueAt + _period : DateTimeOffset.MaxValue;
            clock.Schedule(this, periodic);
            callback(state);
        }

        public void Dispose() => clock.Schedule(this, active: false);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
