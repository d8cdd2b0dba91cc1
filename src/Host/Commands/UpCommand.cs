using System.CommandLine;
using EventAgents.Application.Common;
using EventAgents.Host.Hosting;
using EventAgents.Platform.EventStore;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace EventAgents.Host.Commands;

/// <summary><c>eventagents up</c>: starts the database (embedded unless configured), migrates it and serves the API.</summary>
public static class UpCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var command = new Command("up", "Start EventAgents: database, migrations, API and /health") { urls };
        command.SetAction(async (result, ct) =>
        {
            var settings = HostSettings.From(HostSettings.Load());
            await using var database = await Database.OpenAsync(settings, Console.WriteLine, ct);
            await using var store = new EventStore(database.DataSource, DomainEventRegistry.Create(), new EventStoreOptions { Schema = settings.Schema });
            var applied = await store.MigrateAsync(ct);
            Console.WriteLine($"Database: {database.Description}; {applied.Count} migration(s) applied.");

            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls(result.GetValue(urls)!);
            var app = builder.Build();
            app.MapHealth(database, store);
            await app.StartAsync(ct);
            Console.WriteLine($"EventAgents is up at {string.Join(", ", app.Urls)} (health: /health). Ctrl+C stops it.");
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }
}
