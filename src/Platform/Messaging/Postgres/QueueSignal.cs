using EventAgents.Platform.Postgres;
using Npgsql;

namespace EventAgents.Platform.Messaging;

/// <summary>
/// Wakes receivers when messages may have become due: raised in-process by enqueues and settlements, and by
/// PostgreSQL notifications sent by the enqueues of other processes (on commit, so a rolled-back enqueue wakes no one).
/// </summary>
internal sealed class QueueSignal(NpgsqlDataSource dataSource, string channel) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _startLock = new();
    private TaskCompletionSource _next = NewSource();
    private Task? _listener;
    private int _disposed;

    /// <summary>Completes at the next change. Take it before looking, so a change while looking is not missed.</summary>
    public Task NextChange => Volatile.Read(ref _next).Task;

    public void Raise() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    public void ListenToOtherProcesses()
    {
        if (Volatile.Read(ref _listener) is not null)
        {
            return;
        }

        lock (_startLock)
        {
            _listener ??= Task.Run(() => ListenAsync(_stopping.Token));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_listener is not null)
        {
            await _listener.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _stopping.Dispose();
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
                connection.Notification += (_, _) => Raise();
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgresDatabase.QuoteIdentifier(channel)}", connection))
                {
                    await listen.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }

                // Whatever was enqueued while nobody listened is found by the next look.
                Raise();
                while (!ct.IsCancellationRequested)
                {
                    await connection.WaitAsync(ct).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
