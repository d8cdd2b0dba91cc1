using Marten;
using Marten.Services;
using Npgsql;

namespace EventAgents.Platform.EventStore;

/// <summary>
/// Moves the events of the previous version's own store (tables <c>streams</c> and <c>events</c> in the store's schema, before
/// Marten) into Marten's streams, in one transaction: checks the old hash chains, copies every stream and every event at its old
/// position (so subscription checkpoints and stored command results keep their meaning) with its stream, version, id, type, data,
/// time and metadata, lets the chain trigger recompute each chain, records the old heads in a <see cref="StoreMigrated"/> event
/// in <see cref="StreamId"/>, and renames the old tables to <c>legacy_streams</c> and <c>legacy_events</c>. Once they are renamed
/// there is nothing left to copy, so running it again does nothing.
/// </summary>
internal static class LegacyEventsUpgrade
{
    /// <summary>The stream that holds the store's migration events.</summary>
    public const string StreamId = "store-migrations";

    /// <summary>The actor (user name) of migration events.</summary>
    public const string Actor = "migration";

    /// <summary>The advisory lock class of schema migrations ("EAMG", as SqlMigrator), keyed here by the schema and this upgrade.</summary>
    private const int LockClass = 0x45414D47;

    /// <summary>How many events the previous version's store still holds, or null when the schema has no such store.</summary>
    public static async Task<long?> PendingEventsAsync(NpgsqlDataSource dataSource, string schemaPrefix, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        if (!await ExistsAsync(connection, schemaPrefix, ct).ConfigureAwait(false))
        {
            return null;
        }

        await using var count = new NpgsqlCommand($"SELECT count(*) FROM {schemaPrefix}events", connection);
        return (long)(await count.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    /// <summary>Upgrades the previous version's store when the schema has one; null when there is none (any more).</summary>
    /// <exception cref="LegacyEventsUpgradeException">An old chain does not verify, or Marten's tables already hold other events; nothing changed.</exception>
    public static async Task<LegacyEventsUpgraded?> RunAsync(EventStore store, string schema, CancellationToken ct)
    {
        var s = store.SchemaPrefix;
        await using var connection = await store.DataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({LockClass}, hashtext($1))", ct, schema + "/legacy-events").ConfigureAwait(false);
        if (!await ExistsAsync(connection, s, ct).ConfigureAwait(false))
        {
            return null;
        }

        // A previous version still running waits here, and fails once the tables are renamed, instead of writing past the copy.
        await ExecuteAsync(connection, $"LOCK TABLE {s}streams, {s}events IN ACCESS EXCLUSIVE MODE", ct).ConfigureAwait(false);
        var streams = await LegacyChains.VerifyAsync(connection, s, ct).ConfigureAwait(false);
        await EnsureMartenIsEmptyAsync(connection, s, ct).ConfigureAwait(false);
        var (copied, highest) = await LegacyCopy.CopyAsync(connection, s, DotNetTypeNames(store), ct).ConfigureAwait(false);

        var migrated = new StoreMigrated($"{schema}.events (EventAgents' own event store, before Marten)", copied, highest, streams,
            [$"{schema}.legacy_streams", $"{schema}.legacy_events"], Timestamps.ToMicroseconds(store.Clock.GetUtcNow()));
        var position = await RecordAsync(store, transaction, migrated, ct).ConfigureAwait(false);
        await ExecuteAsync(connection, $"""
            ALTER TABLE {s}events RENAME TO legacy_events;
            ALTER TABLE {s}streams RENAME TO legacy_streams;
            ALTER SEQUENCE IF EXISTS {s}events_seq RENAME TO legacy_events_seq;
            DROP FUNCTION IF EXISTS {s}append_stream(text, bigint, uuid, boolean, uuid[], text[], json[], json[], timestamptz[], bytea[], bigint, bytea, bytea[]);
            """, ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        store.Changes.Committed();
        return new LegacyEventsUpgraded(schema, migrated, position);
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection connection, string schemaPrefix, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT to_regclass($1) IS NOT NULL AND to_regclass($2) IS NOT NULL", connection)
        {
            Parameters = { new() { Value = schemaPrefix + "events" }, new() { Value = schemaPrefix + "streams" } },
        };
        return (bool)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    /// <summary>Events already in Marten's tables were written by a newer version that started before the upgrade: copying beside them would mix two histories.</summary>
    private static async Task EnsureMartenIsEmptyAsync(NpgsqlConnection connection, string s, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT (SELECT count(*) FROM {s}mt_events) + (SELECT count(*) FROM {s}mt_streams)", connection);
        if ((long)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))! > 0)
        {
            throw new LegacyEventsUpgradeException(
                "The previous version's event store was not upgraded, because Marten's event tables (mt_streams, mt_events) already hold streams " +
                "or events that did not come from it: a newer version wrote to this database before it was upgraded. Copying beside them would mix " +
                "two histories. Nothing was copied and the old tables are unchanged.");
        }
    }

    /// <summary>The CLR type name Marten stores in mt_dotnet_type for each stable type name.</summary>
    private static Dictionary<string, string> DotNetTypeNames(EventStore store)
    {
        var events = (global::Marten.Events.EventGraph)((DocumentStore)store.Marten).Options.Events;
        return store.Registry.Mappings.ToDictionary(m => m.Name, m => events.EventMappingFor(m.Type).DotNetTypeName, StringComparer.Ordinal);
    }

    /// <summary>Appends the migration event through Marten, in the upgrade's transaction, after the copied positions.</summary>
    private static async Task<long> RecordAsync(EventStore store, NpgsqlTransaction transaction, StoreMigrated migrated, CancellationToken ct)
    {
        await using var session = store.Marten.LightweightSession(SessionOptions.ForTransaction(transaction));
        session.LastModifiedBy = Actor;
        var action = session.Events.Append(StreamId, migrated);
        foreach (var e in action.Events)
        {
            e.Timestamp = migrated.At;
        }

        await session.SaveChangesAsync(ct).ConfigureAwait(false);
        return action.Events[0].Sequence;
    }

    internal static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
