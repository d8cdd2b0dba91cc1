namespace EventAgents.Platform.Messaging;

/// <summary>
/// One worker's view of a queue: claims due messages, sleeps until the next one is due or a signal arrives,
/// and renews the leases of the messages it holds until they are settled.
/// </summary>
internal sealed partial class PostgresReceiver : IMessageReceiver
{
    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(20);
    private readonly PostgresQueue _queue;
    private readonly string _name;

    public PostgresReceiver(PostgresQueue queue, string name)
    {
        _queue = queue;
        _name = name;
        _renewing = Task.Run(() => RenewLeasesAsync(_stopping.Token));
    }

    public async Task<IReadOnlyList<IDelivery>> ReceiveAsync(int max, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var clock = _queue.Options.Clock;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var change = _queue.Signal.NextChange;
            var lease = Guid.NewGuid();
            Hold(lease);
            var claimed = await ClaimAsync(max, lease, ct).ConfigureAwait(false);
            if (claimed.Count > 0)
            {
                return [.. claimed.Select(c => new PostgresDelivery(_queue, this, c.Envelope, c.Attempt, lease))];
            }

            Release(lease);
            var next = await _queue.NextDueAsync(_name, ct).ConfigureAwait(false);
            var wait = _queue.Options.IdlePoll;
            if (next is { } due && due - clock.GetUtcNow() is var untilDue && untilDue < wait)
            {
                wait = untilDue;
            }

            // A due message that could not be claimed is locked by another transaction for a moment: do not spin.
            await WaitAsync(change, wait > MinimumWait ? wait : MinimumWait, clock, ct).ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<(Envelope Envelope, int Attempt)>> ClaimAsync(int max, Guid lease, CancellationToken ct)
    {
        try
        {
            var claimed = await _queue.ClaimAsync(_name, max, lease, ct).ConfigureAwait(false);
            if (claimed.Count > 1)
            {
                Hold(lease, claimed.Count - 1);
            }

            return claimed;
        }
        catch
        {
            Release(lease);
            throw;
        }
    }

    private static async Task WaitAsync(Task change, TimeSpan wait, TimeProvider clock, CancellationToken ct)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var delay = Task.Delay(wait, clock, timer.Token);
        await Task.WhenAny(change, delay).ConfigureAwait(false);
        await timer.CancelAsync().ConfigureAwait(false);
        await delay.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}
