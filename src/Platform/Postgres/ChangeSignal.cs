using System.Threading.Channels;
using Npgsql;

namespace EventAgents.Platform.Postgres;

/// <summary>
/// Tells waiters that something they read from PostgreSQL may have changed. Changes committed in this process raise
/// it at once; changes committed elsewhere arrive as notifications on a channel. The NOTIFY for other processes is sent
/// after the commit on a connection of its own, at most once per <see cref="NotifyInterval"/>: NOTIFY inside the
/// changing transaction would make all such commits wait for each other (PostgreSQL serializes them).
/// </summary>
public sealed class ChangeSignal(NpgsqlDataSource dataSource, string channel, bool notifyOtherProcesses = true) : IAsyncDisposable
{
    private readonly Channel<bool> _pendingNotify = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _startLock = new();
    private TaskCompletionSource _next = NewSource();
    private Task? _sender;
    private Task? _listener;
    private int _disposed;

    /// <summary>The shortest time between two notifications sent to other processes.</summary>
    public static TimeSpan NotifyInterval { get; } = TimeSpan.FromMilliseconds(5);

    /// <summary>Completes at the next change. Take it before reading, so a change during the read is not missed.</summary>
    public Task NextChange => Volatile.Read(ref _next).Task;

    /// <summary>Wakes this process's waiters only (for instance after a transaction that changed nothing others need).</summary>
    public void Raise() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    /// <summary>After a commit that others may wait for: wakes this process at once and other processes soon.</summary>
    public void Committed()
    {
        Raise();
        if (notifyOtherProcesses)
        {
            EnsureStarted(ref _sender, SendNotificationsAsync);
            _pendingNotify.Writer.TryWrite(true);
        }
    }

    /// <summary>Starts listening for the notifications of other processes (idempotent).</summary>
    public void ListenToOtherProcesses() => EnsureStarted(ref _listener, ListenAsync);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        foreach (var task in new[] { _sender, _listener })
        {
            if (task is not null)
            {
                await task.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        _stopping.Dispose();
    }

    private void EnsureStarted(ref Task? task, Func<CancellationToken, Task> loop)
    {
        if (Volatile.Read(ref task) is not null)
        {
            return;
        }

        lock (_startLock)
        {
            task ??= Task.Run(() => loop(_stopping.Token));
        }
    }

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
                // The other processes fall back to polling; the next commit tries again.
            }

            await Task.Delay(NotifyInterval, ct).ConfigureAwait(false);
        }
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

                // Whatever happened while nobody listened is found by the next read.
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
