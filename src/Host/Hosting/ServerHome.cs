using EventAgents.Application.Steps.Running;
using EventAgents.Engine.Models;
using EventAgents.Engine.Secrets;
using EventAgents.Host.Secrets;
using Microsoft.Extensions.DependencyInjection;

namespace EventAgents.Host.Hosting;

/// <summary>What a server keeps in its home directory: the step tokens' key, the model providers with their secrets, and the redactor that masks them.</summary>
public sealed record ServerHome(StepTokens Tokens, ServerModels Models, SecretRedactor Redactor)
{
    /// <param name="connectionString">The database's, whose password the redactor masks too.</param>
    public static async Task<ServerHome> OpenAsync(HostSettings settings, string connectionString, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var tokens = new StepTokens(StepTokenKey.LoadOrCreate(settings.HomeDirectory), clock);
        var secrets = ServerSecrets.Open(settings.HomeDirectory);
        var models = await ModelProviders.LoadAsync(settings, secrets, ct).ConfigureAwait(false);
        return new ServerHome(tokens, models, secrets.Redactor(models, connectionString, tokens));
    }

    /// <summary>Registers them in place of the engine's defaults (a fresh token key, no model providers, nothing to mask).</summary>
    public IServiceCollection AddTo(IServiceCollection services) => services.AddSingleton(Tokens).AddSingleton(Models).AddSingleton(Redactor);
}
