using System.CommandLine;
using EventAgents.Host.Hosting;
using EventAgents.Platform.EventStore;
using Microsoft.Extensions.DependencyInjection;

namespace EventAgents.Host.Commands;

/// <summary><c>eventagents verify [stream]</c>: recomputes hash chains and reports the first altered, removed or reordered event.</summary>
public static class VerifyCommand
{
    public static Command Create()
    {
        var stream = new Argument<string?>("stream") { Description = "One stream to verify; all streams when omitted", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("verify", "Verify the hash chain of one stream or of all streams") { stream };
        command.SetAction(async (result, ct) =>
        {
            var settings = HostSettings.From(HostSettings.Load());
            await using var database = await Database.OpenAsync(settings, _ => { }, ct);
            await using var services = database.EventStoreServices(settings.Schema);
            var store = services.GetRequiredService<EventStore>();
            try
            {
                await store.EnsureNoLegacyEventsAsync(ct);
            }
            catch (LegacyEventsPendingException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }

            var broken = result.GetValue(stream) is { } id
                ? [await store.VerifyStreamAsync(id, ct)]
                : await store.VerifyAllAsync(ct);
            foreach (var problem in broken.Where(v => !v.IsValid))
            {
                Console.WriteLine(problem.Problem!.Message);
            }

            var failures = broken.Count(v => !v.IsValid);
            Console.WriteLine(failures == 0 ? "Every hash chain verifies." : $"{failures} stream(s) fail verification.");
            return failures == 0 ? 0 : 1;
        });
        return command;
    }
}
