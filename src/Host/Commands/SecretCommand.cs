using System.CommandLine;
using EventAgents.Host.Hosting;
using EventAgents.Host.Secrets;

namespace EventAgents.Host.Commands;

/// <summary>
/// <c>eventagents secret set|list|remove</c>: secrets the server keeps encrypted in its home (provider keys). A stored
/// <c>NAME</c> answers the reference <c>env:NAME</c> in <c>llm.json</c> when the environment has no such variable.
/// The value is read from standard input, never from the command line (where <c>ps</c> and shell history see it).
/// </summary>
public static class SecretCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "The secret's name, as env:NAME references it" };
        var set = new Command("set", "Store a secret read from standard input (encrypted with <home>/secrets.key)") { name };
        set.SetAction(async (result, ct) =>
        {
            var value = (await Console.In.ReadToEndAsync(ct)).Trim();
            if (value.Length == 0)
            {
                await Console.Error.WriteLineAsync("No value on standard input; pipe it in: printf %s \"$KEY\" | eventagents secret set NAME");
                return 2;
            }

            try
            {
                Store().Set(result.GetValue(name)!, value);
            }
            catch (ArgumentException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 2;
            }

            Console.WriteLine($"Stored secret '{result.GetValue(name)}'.");
            return 0;
        });
        var list = new Command("list", "List the stored secrets' names (never their values)");
        list.SetAction(_ =>
        {
            foreach (var stored in Store().Names())
            {
                Console.WriteLine(stored);
            }

            return 0;
        });
        var removeName = new Argument<string>("name") { Description = "The secret's name" };
        var remove = new Command("remove", "Remove a stored secret") { removeName };
        remove.SetAction(result =>
        {
            var removed = Store().Remove(result.GetValue(removeName)!);
            Console.WriteLine(removed ? $"Removed secret '{result.GetValue(removeName)}'." : $"No secret '{result.GetValue(removeName)}' is stored.");
            return removed ? 0 : 1;
        });
        return new Command("secret", "Secrets the server keeps encrypted: provider keys for llm.json's env: references") { set, list, remove };
    }

    private static EncryptedSecrets Store() => EncryptedSecrets.Open(HostSettings.From(HostSettings.Load()).HomeDirectory);
}
