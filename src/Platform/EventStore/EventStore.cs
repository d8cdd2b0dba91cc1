using EventAgents.Platform.Postgres;
using Npgsql;

namespace EventAgents.Platform.EventStore;

/// <summary>
/// An event store on PostgreSQL: streams of events with optimistic concurrency, command idempotency,
/// a hash chain per stream, global ordering safe for subscribers, snapshots and projections.
/// The operations are split by concern into partial files (Append, Read, Archive, Verify).
/// </summary>
public sealed partial class EventStore : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly EventStoreOptions _options;
    private readonly string _schema;
    private readonly StreamHeads _heads = new();
    private readonly StateCache _states;

    public EventStore(NpgsqlDataSource dataSource, EventTypeRegistry registry, EventStoreOptions? options = null)
    {
        _dataSource = dataSource;
        Registry = registry;
        _options = options ?? new EventStoreOptions();
        _schema = PostgresDatabase.QuoteIdentifier(_options.Schema);
        _states = new StateCache(_options.StateCacheSize);
        Changes = new ChangeSignal(dataSource, NotificationChannel, _options.NotifyOtherProcesses);
    }

    public EventTypeRegistry Registry { get; }

    public NpgsqlDataSource DataSource => _dataSource;

    /// <summary>The schema-qualified prefix for the store's tables, e.g. <c>"eventagents".</c></summary>
    public string SchemaPrefix => _schema + ".";

    /// <summary>Wakes subscribers when events were appended, here or in another process.</summary>
    public ChangeSignal Changes { get; }

    internal string NotificationChannel => _options.Schema + "_events";

    internal TimeProvider Clock => _options.Clock;

    /// <summary>Creates or upgrades the store's schema; safe to call from several processes at once.</summary>
    public Task<IReadOnlyList<Migration>> MigrateAsync(CancellationToken ct = default) =>
        SqlMigrator.ApplyAsync(_dataSource, _options.Schema, "event-store", EventStoreMigrations.For(_options.Schema), ct);

    public ValueTask DisposeAsync() => Changes.DisposeAsync();
}
