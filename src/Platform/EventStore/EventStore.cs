using EventAgents.Platform.Postgres;
using EventAgents.Platform.Postgres.EventChains;
using JasperFx;
using JasperFx.Events;
using Marten;
using Npgsql;
using Weasel.Core;

namespace EventAgents.Platform.EventStore;

/// <summary>
/// The product's event store on Marten: events live in Marten's streams (<c>mt_events</c>, <c>mt_streams</c>, string stream
/// ids, the stable type names of <see cref="EventTypeRegistry"/>), with the hash chain of <see cref="EventChain"/>, stored
/// command results, subscription checkpoints, snapshots and a safe position for subscribers beside them. The operations
/// are split by concern into partial files (Append, Read, Load, Archive, Verify). Callers are moving onto Marten's
/// <see cref="IDocumentSession"/> directly (see docs/ARCHITECTURE.md); <see cref="Marten"/> is the store they use.
/// </summary>
public sealed partial class EventStore : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly EventStoreOptions _options;
    private readonly string _schema;
    private readonly StateCache _states;

    public EventStore(NpgsqlDataSource dataSource, EventTypeRegistry registry, EventStoreOptions? options = null)
    {
        _dataSource = dataSource;
        Registry = registry;
        _options = options ?? new EventStoreOptions();
        _schema = PostgresDatabase.QuoteIdentifier(_options.Schema);
        _states = new StateCache(_options.StateCacheSize);
        Changes = new ChangeSignal(dataSource, NotificationChannel, _options.NotifyOtherProcesses);
        Marten = new DocumentStore(MartenOptions(dataSource, registry, _options.Schema));
    }

    public EventTypeRegistry Registry { get; }

    public NpgsqlDataSource DataSource => _dataSource;

    /// <summary>The Marten store that holds the events.</summary>
    public IDocumentStore Marten { get; }

    /// <summary>The schema-qualified prefix for the store's tables, e.g. <c>"eventagents".</c></summary>
    public string SchemaPrefix => _schema + ".";

    /// <summary>Wakes subscribers when events were appended, here or in another process.</summary>
    public ChangeSignal Changes { get; }

    internal string NotificationChannel => _options.Schema + "_events";

    internal TimeProvider Clock => _options.Clock;

    /// <summary>Marten's settings for the product's events: string stream ids, stable type names, every metadata column.</summary>
    public static StoreOptions MartenOptions(NpgsqlDataSource dataSource, EventTypeRegistry registry, string schema)
    {
        var options = new StoreOptions();
        options.Connection(dataSource);
        options.DatabaseSchemaName = schema;
        options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
        options.UseSystemTextJsonForSerialization(new System.Text.Json.JsonSerializerOptions(registry.Json), EnumStorage.AsInteger, Casing.CamelCase);
        options.Events.StreamIdentity = StreamIdentity.AsString;
        // Quick appends, with the event timestamps this store stamps from its clock.
        options.Events.AppendMode = EventAppendMode.QuickWithServerTimestamps;
        options.Events.MetadataConfig.CorrelationIdEnabled = true;
        options.Events.MetadataConfig.CausationIdEnabled = true;
        options.Events.MetadataConfig.UserNameEnabled = true;
        options.Events.MetadataConfig.HeadersEnabled = true;
        foreach (var (type, name) in registry.Mappings)
        {
            options.Events.MapEventType(type, name);
        }

        return options;
    }

    /// <summary>
    /// Creates or upgrades Marten's tables, the hash chain and the store's own tables, and moves a previous version's events into
    /// Marten's streams (see <see cref="MigrateWithReportAsync"/>); safe to call from several processes at once.
    /// </summary>
    public async Task<IReadOnlyList<Migration>> MigrateAsync(CancellationToken ct = default) =>
        (await MigrateWithReportAsync(ct).ConfigureAwait(false)).Applied;

    /// <summary>
    /// <see cref="MigrateAsync"/>, saying what it did: the schema migrations applied, and the upgrade of the previous version's
    /// event store when the schema still had one (<see cref="StoreMigration.LegacyEvents"/>, in one transaction; see
    /// <c>Upgrading/LegacyEventsUpgrade.cs</c>). The upgrade runs before the store's own extensions are installed (they replace the
    /// previous version's safe_position), so an upgrade that fails leaves the previous version's tables and functions as they were.
    /// </summary>
    /// <exception cref="LegacyEventsUpgradeException">The previous version's events could not be upgraded; none was copied.</exception>
    public async Task<StoreMigration> MigrateWithReportAsync(CancellationToken ct = default)
    {
        await Marten.Storage.ApplyAllConfiguredChangesToDatabaseAsync().WaitAsync(ct).ConfigureAwait(false);
        var chain = await EventChain.InstallAsync(_dataSource, _options.Schema, ct).ConfigureAwait(false);
        var legacy = await LegacyEventsUpgrade.RunAsync(this, _options.Schema, ct).ConfigureAwait(false);
        var own = await SqlMigrator.ApplyAsync(_dataSource, _options.Schema, "event-store-extensions", EventStoreMigrations.For(_options.Schema), ct)
            .ConfigureAwait(false);
        return new StoreMigration([.. chain, .. own], legacy);
    }

    /// <summary>
    /// Refuses a database that still holds a previous version's events outside Marten's streams, for whatever opens the store
    /// without migrating it: it would see an empty or partial history.
    /// </summary>
    /// <exception cref="LegacyEventsPendingException">Such events are there; <c>eventagents migrate</c> upgrades them.</exception>
    public async Task EnsureNoLegacyEventsAsync(CancellationToken ct = default)
    {
        if (await LegacyEventsUpgrade.PendingEventsAsync(_dataSource, SchemaPrefix, ct).ConfigureAwait(false) is { } pending)
        {
            throw new LegacyEventsPendingException(_options.Schema, pending);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Changes.DisposeAsync().ConfigureAwait(false);
        ((IDisposable)Marten).Dispose();
    }
}
