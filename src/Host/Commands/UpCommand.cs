using System.CommandLine;
using EventAgents.Host.Hosting;
using EventAgents.Platform.EventStore;

namespace EventAgents.Host.Commands;

/// <summary>
/// <c>eventagents up</c>: starts the database (embedded unless configured), migrates it (upgrading a previous version's events, as
/// <c>eventagents migrate</c> does, and saying so), serves the API and runs the engine.
/// </summary>
public static class UpCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var command = new Command("up", "Start EventAgents: database, migrations, API, engine and /health") { urls };
        command.SetAction(async (result, ct) =>
        {
            var settings = HostSettings.From(HostSettings.Load());
            ProductServer started;
            try
            {
                started = await ProductServer.StartAsync(settings, result.GetValue(urls)!, Console.WriteLine, ct);
            }
            catch (LegacyEventsUpgradeException e)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }

            await using var server = started;
            Console.WriteLine($"Database: {server.Database.Description}.");
            Console.WriteLine($"EventAgents is up at {server.Url} (health: /health). Ctrl+C stops it.");
            await server.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }
}
