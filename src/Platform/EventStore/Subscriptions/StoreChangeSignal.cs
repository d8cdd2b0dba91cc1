using System.Threading.Channels;
using EventAgents.Platform.Postgres;
using Npgsql;

namespace EventAgents.Platform.EventStore;

/// <summary>
/// Tells subscribers that the store may have new events. Appends in this process raise it at once;
/// appends elsewhere arrive as PostgreSQL notifications. NOTIFY is sent after the append's commit on a
/// separate connection, at most once per <see cref="NotifyInterval"/>: NOTIFY inside the append's transaction
/// would serialize commits, and one per append would double the transactions the server runs.
/// </summary>
public sealed class StoreChangeSignal : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _channel;
    private readonly bool _notifyOthers;
    private readonly Channel<bool> _pendingNotify = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _startLock = new();
    private TaskCompletionSource _next = NewSource();
    private Task? _sender;
    private Task? _listener;
    private int _disposed;

    /// <summary>The shortest time between two notifications sent to other processes.</summary>
    public static TimeSpan NotifyInterval { get; } = TimeSpan.FromMilliseconds(5);

    internal StoreChangeSignal(NpgsqlDataSource dataSource, string channel, bool notifyOthers)
    {
        _dataSource = dataSource;
        _channel = channel;
        _notifyOthers = notifyOthers;
    }

    /// <summary>Completes at the next change. Take it before reading, so a change during the read is not missed.</summary>
    public Task NextChange => Volatile.Read(ref _next).Task;

    /// <summary>Wakes everyone waiting on <see cref="NextChange"/>.</summary>
    public void Raise() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    internal void RaiseAfterAppend()
    {
        Raise();
        if (_notifyOthers)
        {
            EnsureStarted(ref _sender, SendNotificationsAsync);
            _pendingNotify.Writer.TryWrite(true);
        }
    }

    /// <summary>Starts listening for appends made by other processes (idempotent).</summary>
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
                await using var command = _dataSource.CreateCommand("SELECT pg_notify($1, '')");
                command.Parameters.Add(new NpgsqlParameter { Value = _channel });
                await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
            catch (NpgsqlException)
            {
                // Other processes fall back to polling; the next append tries again.
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
                await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
                connection.Notification += (_, _) => Raise();
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgresDatabase.QuoteIdentifier(_channel)}", connection))
                {
                    await listen.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }

                // Whatever happened while we were not listening is picked up by the next read.
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
