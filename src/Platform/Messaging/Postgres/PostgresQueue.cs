using EventAgents.Platform.Postgres;
using Npgsql;

namespace EventAgents.Platform.Messaging;

/// <summary>
/// A durable queue in PostgreSQL, the default transport. Messages are enqueued standalone or inside a caller's
/// transaction (such as an event-store append's), claimed with <c>FOR UPDATE SKIP LOCKED</c> under a renewed lease,
/// delivered at least once, scheduled by time, retried with backoff and dead-lettered. Workers wake on
/// LISTEN/NOTIFY and on a timer set to the next due message. Operations are split into partial files.
/// </summary>
public sealed partial class PostgresQueue : IMessageTransport, IDeadLetters, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresQueueOptions _options;
    private readonly string _prefix;

    public PostgresQueue(NpgsqlDataSource dataSource, PostgresQueueOptions? options = null)
    {
        _dataSource = dataSource;
        _options = options ?? new PostgresQueueOptions();
        _prefix = PostgresDatabase.QuoteIdentifier(_options.Schema) + ".";
        Channel = _options.Schema + "_queue";
        Signal = new ChangeSignal(dataSource, Channel);
    }

    public PostgresQueueOptions Options => _options;

    /// <summary>Raised when messages may have become due, here or in another process.</summary>
    internal ChangeSignal Signal { get; }

    private string Channel { get; }

    private TimeProvider Clock => _options.Clock;

    /// <summary>Creates or upgrades the queue's tables; safe to call from several processes at once.</summary>
    public Task<IReadOnlyList<Migration>> MigrateAsync(CancellationToken ct = default) =>
        SqlMigrator.ApplyAsync(_dataSource, _options.Schema, QueueMigrations.Module, QueueMigrations.For(_options.Schema), ct);

    public IMessageReceiver Receive(string queue)
    {
        Signal.ListenToOtherProcesses();
        return new PostgresReceiver(this, queue);
    }

    public ValueTask DisposeAsync() => Signal.DisposeAsync();

    private static DateTimeOffset Utc(DateTimeOffset time) => time.ToUniversalTime();
}
