using System.CommandLine;
using EventAgents.GraphQL.Auth;
using EventAgents.Host.Hosting;

namespace EventAgents.Host.Commands;

/// <summary>
/// <c>eventagents apikey create --role operator --name ci</c> (prints the key once), <c>apikey list</c>, <c>apikey revoke &lt;id&gt;</c>.
/// Only SHA-256 hashes of keys are stored.
/// </summary>
public static class ApiKeyCommand
{
    public static Command Create()
    {
        var role = new Option<Role>("--role") { Description = "viewer, operator or admin", DefaultValueFactory = _ => Role.Viewer };
        var name = new Option<string>("--name") { Description = "What the key is for", Required = true };
        var create = new Command("create", "Create an API key and print it (it is shown only once)") { role, name };
        create.SetAction(async (result, ct) =>
        {
            await using var keys = await KeysAsync(ct);
            var (info, key) = await keys.Keys.CreateAsync(result.GetValue(name)!, result.GetValue(role), ct);
            Console.WriteLine($"Created {info.Role.ToString().ToLowerInvariant()} key '{info.Name}' (id {info.KeyId}). It is shown only now:");
            Console.WriteLine(key);
            return 0;
        });

        var list = new Command("list", "List API keys (never the keys themselves)");
        list.SetAction(async (_, ct) =>
        {
            await using var keys = await KeysAsync(ct);
            foreach (var key in await keys.Keys.ListAsync(ct))
            {
                Console.WriteLine($"{key.KeyId}  {key.Role.ToString().ToLowerInvariant(),-8}  {key.Name}  created {key.CreatedAt:u}{(key.RevokedAt is { } at ? $"  revoked {at:u}" : "")}");
            }

            return 0;
        });

        var id = new Argument<string>("id") { Description = "The key's id (see apikey list)" };
        var revoke = new Command("revoke", "Revoke an API key") { id };
        revoke.SetAction(async (result, ct) =>
        {
            await using var keys = await KeysAsync(ct);
            var revoked = await keys.Keys.RevokeAsync(result.GetValue(id)!, ct);
            Console.WriteLine(revoked ? "Revoked." : $"No active key has id '{result.GetValue(id)}'.");
            return revoked ? 0 : 1;
        });

        return new Command("apikey", "Manage the API keys of the GraphQL API") { create, list, revoke };
    }

    private static async Task<KeyStore> KeysAsync(CancellationToken ct)
    {
        var settings = HostSettings.From(HostSettings.Load());
        var database = await Database.OpenAsync(settings, _ => { }, ct);
        var keys = new ApiKeys(database.DataSource, settings.Schema, TimeProvider.System);
        await keys.MigrateAsync(ct);
        return new KeyStore(database, keys);
    }

    private sealed record KeyStore(Database Database, ApiKeys Keys) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Database.DisposeAsync();
    }
}
