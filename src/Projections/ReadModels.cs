using EventAgents.Platform.EventStore;
using EventAgents.Platform.Postgres;
using Npgsql;

namespace EventAgents.Projections;

/// <summary>The product's read models: their tables (in the event store's schema) and the projections that keep them.</summary>
public static class ReadModels
{
    /// <summary>Creates or upgrades the read model tables.</summary>
    public static Task<IReadOnlyList<Migration>> MigrateAsync(NpgsqlDataSource dataSource, string schema, CancellationToken ct) =>
        SqlMigrator.ApplyAsync(dataSource, schema, "read-models", Migration.FromEmbeddedResources(
            typeof(ReadModels).Assembly, "Migrations", new Dictionary<string, string> { ["__schema__"] = PostgresDatabase.QuoteIdentifier(schema) }), ct);

    /// <summary>Every projection of the product, each with its own subscription and checkpoint.</summary>
    public static IReadOnlyList<SqlProjection> All() =>
        [new Runs.RunsProjection(), new Catalog.CatalogProjection(), new Boards.BoardsProjection(), new Chats.ChatsProjection()];
}
