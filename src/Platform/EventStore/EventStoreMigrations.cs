using EventAgents.Platform.Postgres;

namespace EventAgents.Platform.EventStore;

internal static class EventStoreMigrations
{
    public static IReadOnlyList<Migration> For(string schema) =>
        Migration.FromEmbeddedResources(
            typeof(EventStoreMigrations).Assembly,
            "Extensions",
            new Dictionary<string, string> { ["__schema__"] = PostgresDatabase.QuoteIdentifier(schema) });
}
