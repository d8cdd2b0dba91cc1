namespace EventAgents.Platform.Messaging;

internal sealed partial class PostgresReceiver
{
    private readonly Dictionary<Guid, int> _held = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _renewing;

    /// <summary>Counts one more unsettled message under <paramref name="lease"/> (the lease is renewed while any is).</summary>
    internal void Hold(Guid lease, int count = 1)
    {
        lock (_held)
        {
            _held[lease] = _held.GetValueOrDefault(lease) + count;
        }
    }

    internal void Release(Guid lease)
    {
        lock (_held)
        {
            if (_held.TryGetValue(lease, out var count) && count > 1)
            {
                _held[lease] = count - 1;
            }
            else
            {
                _held.Remove(lease);
            }
        }
    }

    /// <summary>Stops renewing: messages still held become claimable by others when their leases run out, as after a crash.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _renewing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();
    }

    private async Task RenewLeasesAsync(CancellationToken ct)
    {
        var period = _queue.Options.Lease / 3;
        while (!ct.IsCancellationRequested)
        {
            await Task.Delay(period, _queue.Options.Clock, ct).ConfigureAwait(false);
            Guid[] leases;
            lock (_held)
            {
                leases = [.. _held.Keys];
            }

            if (leases.Length == 0)
            {
                continue;
            }

            try
            {
                await _queue.RenewLeasesAsync(leases, ct).ConfigureAwait(false);
            }
            catch (Npgsql.NpgsqlException)
            {
                // The next period tries again; a lease lost meanwhile only risks a redelivery.
            }
        }
    }
}
