using System.CommandLine;
using EventAgents.Application.Common;
using EventAgents.Host.Hosting;
using EventAgents.Platform.EventStore;

namespace EventAgents.Host.Commands;

/// <summary><c>eventagents migrate</c>: creates or upgrades the schema and exits.</summary>
public static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Create or upgrade the database schema");
        command.SetAction(async (_, ct) =>
        {
            var settings = HostSettings.From(HostSettings.Load());
            await using var database = await Database.OpenAsync(settings, Console.WriteLine, ct);
            await using var store = new EventStore(database.DataSource, DomainEventRegistry.Create(), new EventStoreOptions { Schema = settings.Schema });
            var applied = await store.MigrateAsync(ct);
            Console.WriteLine(applied.Count == 0
                ? "The schema is up to date."
                : $"Applied: {string.Join(", ", applied.Select(m => $"{m.Version:D4}_{m.Name}"))}");
            return 0;
        });
        return command;
    }
}
