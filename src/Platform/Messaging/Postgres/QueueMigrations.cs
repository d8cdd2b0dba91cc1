using EventAgents.Platform.Postgres;

namespace EventAgents.Platform.Messaging;

internal static class QueueMigrations
{
    public const string Module = "message-queue";

    public static IReadOnlyList<Migration> For(string schema) =>
        Migration.FromEmbeddedResources(
            typeof(QueueMigrations).Assembly,
            "Postgres.Migrations",
            new Dictionary<string, string> { ["__schema__"] = PostgresDatabase.QuoteIdentifier(schema) });
}
