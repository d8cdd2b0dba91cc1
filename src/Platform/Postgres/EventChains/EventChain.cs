using Npgsql;

namespace EventAgents.Platform.Postgres.EventChains;

/// <summary>
/// Installs the hash chain on a Marten event store's <c>mt_events</c> table: a trigger that hashes every event into its
/// headers inside the append's transaction (see <c>Sql/0001_event_chain.sql</c>, and <c>Sql/0002_keep_previous_hash.sql</c>, which
/// spares the lookup of the previous hash for consecutive events of one append). Marten's schema must exist first.
/// </summary>
public static class EventChain
{
    /// <summary>The header that holds an event's chain hash, as lower-case hex.</summary>
    public const string HashHeader = "hash";

    /// <summary>The SQLSTATE of an append refused because its stream is archived; the message is '&lt;version&gt; &lt;stream&gt;'.</summary>
    public const string StreamArchivedState = "EA410";

    public static Task<IReadOnlyList<Migration>> InstallAsync(NpgsqlDataSource dataSource, string schema, CancellationToken ct) =>
        SqlMigrator.ApplyAsync(dataSource, schema, "event-chain", Migration.FromEmbeddedResources(
            typeof(EventChain).Assembly, "EventChains.Sql", new Dictionary<string, string> { ["__schema__"] = PostgresDatabase.QuoteIdentifier(schema) }), ct);
}
