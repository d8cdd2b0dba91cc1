using System.CommandLine;
using EventAgents.Host.Hosting;
using EventAgents.Platform.EventStore;
using Microsoft.Extensions.DependencyInjection;

namespace EventAgents.Host.Commands;

/// <summary>
/// <c>eventagents migrate</c>: creates or upgrades the schema and exits. A database written by the previous version (its own
/// event store, before Marten) is upgraded: its events are copied into Marten's streams at their old positions, their hash
/// chains are recomputed, the old chain heads are recorded in a migration event and the old tables are kept renamed.
/// </summary>
public static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Create or upgrade the database schema, and upgrade a previous version's events into Marten's streams");
        command.SetAction(async (_, ct) =>
        {
            var settings = HostSettings.From(HostSettings.Load());
            await using var database = await Database.OpenAsync(settings, Console.WriteLine, ct);
            await using var services = database.EventStoreServices(settings.Schema);
            var store = services.GetRequiredService<EventStore>();
            StoreMigration migration;
            try
            {
                migration = await store.MigrateWithReportAsync(ct);
            }
            catch (LegacyEventsUpgradeException e)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }

            if (migration.LegacyEvents is { } upgraded)
            {
                Console.WriteLine(upgraded.Describe());
            }

            Console.WriteLine(migration.Applied.Count == 0
                ? "The schema is up to date."
                : $"Applied: {string.Join(", ", migration.Applied.Select(m => $"{m.Version:D4}_{m.Name}"))}");
            return 0;
        });
        return command;
    }
}
