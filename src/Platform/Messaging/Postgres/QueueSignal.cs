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
    private readonly System.Threading.Channels.Channel<bool> _pendingNotify =
        System.Threading.Channels.Channel.CreateBounded<bool>(new System.Threading.Channels.BoundedChannelOptions(1) { FullMode = System.Threading.Channels.BoundedChannelFullMode.DropWrite });
    private Task? _listener;
    private Task? _sender;
    private int _disposed;

    /// <summary>Completes at the next change. Take it before looking, so a change while looking is not missed.</summary>
    public Task NextChange => Volatile.Read(ref _next).Task;

    public void Raise() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    /// <summary>
    /// After a commit that made messages due: wakes this process's receivers at once, and other processes' with a
    /// NOTIFY sent on its own connection, coalesced to one per <see cref="NotifyInterval"/>. NOTIFY inside the
    /// enqueuing transaction would make every such commit wait for the others (PostgreSQL serializes them).
    /// </summary>
    public void Committed()
    {
        Raise();
        if (Volatile.Read(ref _sender) is null)
        {
            lock (_startLock)
            {
                _sender ??= Task.Run(() => SendNotificationsAsync(_stopping.Token));
            }
        }

        _pendingNotify.Writer.TryWrite(true);
    }

    public static TimeSpan NotifyInterval { get; } = TimeSpan.FromMilliseconds(5);

    private async Task SendNotificationsAsync(CancellationToken ct)
    {
        while (await _pendingNotify.Reader.WaitToReadAsync(ct).ConfigureAwait(false))
        {
            _pendingNotify.Reader.TryRead(out _);
            try
            {
                await using var command = dataSource.CreateCommand("SELECT pg_notify($1, '')");
                command.Parameters.Add(new NpgsqlParameter { Value = channel });
                await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
            catch (NpgsqlException)
            {
                // Other processes fall back to polling; the next commit tries again.
            }

            await Task.Delay(NotifyInterval, ct).ConfigureAwait(false);
        }
    }

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
        foreach (var task in new[] { _listener, _sender })
        {
            if (task is not null)
            {
                await task.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
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
