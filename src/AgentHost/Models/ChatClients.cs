using EventAgents.AgentHost.Configuration;
using EventAgents.Platform.Llm.Providers;
using EventAgents.Platform.Llm.Secrets;
using EventAgents.Platform.Llm.Usage;
using Microsoft.Extensions.AI;

namespace EventAgents.AgentHost.Models;

/// <summary>Picks the model client named by the step configuration from the configured providers.</summary>
public static class ChatClients
{
    /// <summary>The model that plays the step's script, unless a provider of that name is configured.</summary>
    public const string Scripted = "scripted";

    /// <summary>The client for the step's <c>provider/model</c>, its calls recorded in <paramref name="ledger"/>.</summary>
    public static IChatClient Create(StepConfiguration configuration, LlmConfiguration llm, ISecretSource secrets, UsageLedger ledger, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(llm);
        var providers = llm.Providers.ToList();
        if (!providers.Any(provider => string.Equals(provider.Name, Scripted, StringComparison.OrdinalIgnoreCase)))
        {
            providers.Add(new ProviderSettings(Scripted, ProviderKind.Scripted, null, null, Scripted) { Script = configuration.Script ?? [] });
        }

        return new ProviderRegistry(providers, secrets, llm.Prices) { Http = http }.CreateChatClient(configuration.Model, ledger);
    }

    /// <summary>The client for a step with no providers configured: only <c>scripted</c> resolves.</summary>
    public static IChatClient Create(StepConfiguration configuration) =>
        Create(configuration, LlmConfiguration.Empty, EnvironmentSecrets.Process, new UsageLedger());
}
