using EventAgents.Engine.Models;
using EventAgents.Platform.Llm.Secrets;

namespace EventAgents.Host.Hosting;

/// <summary>The server's model providers: <c>&lt;home&gt;/llm.json</c> (none when it is missing), keys from the environment.</summary>
public static class ModelProviders
{
    public const string FileName = "llm.json";

    public static Task<ServerModels> LoadAsync(HostSettings settings, ISecretSource secrets, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return ServerModels.LoadAsync(Path.Combine(settings.HomeDirectory, FileName), secrets, ct);
    }
}
