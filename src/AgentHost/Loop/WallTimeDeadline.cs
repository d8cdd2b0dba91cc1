namespace EventAgents.AgentHost.Loop;

/// <summary>
/// Cancels when the budget's wall time is used up. The clock stands still while a person's answer is awaited, so the
/// timer looks again when it fires and waits for the time still left instead of cancelling.
/// </summary>
internal sealed class WallTimeDeadline : IDisposable
{
    private static readonly TimeSpan WhilePaused = TimeSpan.FromSeconds(1);
    private readonly Lock gate = new();
    private readonly CancellationTokenSource source = new();
    private readonly BudgetManager budget;
    private readonly ITimer? timer;
    private bool disposed;

    public WallTimeDeadline(BudgetManager budget, TimeProvider time)
    {
        this.budget = budget;
        if (budget.TimeLeft is { } left)
        {
            timer = time.CreateTimer(_ => Check(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            timer.Change(left > TimeSpan.Zero ? left : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Cancelled once the wall time is used up.</summary>
    public CancellationToken Token => source.Token;

    /// <summary>True once the wall time is used up.</summary>
    public bool HasPassed => source.IsCancellationRequested;

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            timer?.Dispose();
            source.Dispose();
        }
    }

    private void Check()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            var left = budget.TimeLeft ?? TimeSpan.Zero;
            if (budget.IsPaused)
            {
                timer!.Change(left > WhilePaused ? left : WhilePaused, Timeout.InfiniteTimeSpan);
            }
            else if (left > TimeSpan.Zero)
            {
                timer!.Change(left, Timeout.InfiniteTimeSpan);
            }
            else
            {
                source.Cancel();
            }
        }
    }
}
