namespace EventAgents.AgentHost.Loop;

/// <summary>
/// The time the agent spent waiting for a person's answer: it does not count against the wall-time budget, as the
/// server's deadline for the attempt stands still while a question waits.
/// </summary>
public sealed class HumanWaits(TimeProvider time)
{
    private readonly Lock gate = new();
    private TimeSpan finished;
    private long? waitingSince;

    /// <summary>True while a question waits for its answer.</summary>
    public bool IsWaiting
    {
        get
        {
            lock (gate)
            {
                return waitingSince is not null;
            }
        }
    }

    /// <summary>All the time spent waiting so far, the current wait included.</summary>
    public TimeSpan Total
    {
        get
        {
            lock (gate)
            {
                return finished + (waitingSince is { } since ? time.GetElapsedTime(since) : TimeSpan.Zero);
            }
        }
    }

    /// <summary>Starts a wait; disposing the result ends it.</summary>
    public IDisposable Begin()
    {
        lock (gate)
        {
            if (waitingSince is not null)
            {
                throw new InvalidOperationException("A question is already waiting for its answer.");
            }

            waitingSince = time.GetTimestamp();
        }

        return new Wait(this);
    }

    private void End()
    {
        lock (gate)
        {
            if (waitingSince is { } since)
            {
                finished += time.GetElapsedTime(since);
                waitingSince = null;
            }
        }
    }

    private sealed class Wait(HumanWaits waits) : IDisposable
    {
        public void Dispose() => waits.End();
    }
}
