using EventAgents.Platform.Llm.Anthropic;
using EventAgents.Platform.Llm.Errors;
using EventAgents.Platform.Llm.OpenAI;
using EventAgents.Platform.Llm.Scripted;
using EventAgents.Platform.Llm.Secrets;
using EventAgents.Platform.Llm.Usage;
using Microsoft.Extensions.AI;

namespace EventAgents.Platform.Llm.Providers;

/// <summary>
/// The configured model providers by name. An agent's model <c>provider/model</c> resolves to a provider and a model,
/// and becomes an <see cref="IChatClient"/> whose failures are <see cref="ModelProviderException"/>s and whose calls
/// are metered.
/// </summary>
public sealed class ProviderRegistry
{
    private readonly Dictionary<string, ProviderSettings> providers = new(StringComparer.OrdinalIgnoreCase);
    private readonly ISecretSource secrets;
    private readonly PriceTable prices;

    /// <summary>Creates the registry; two providers with one name are refused.</summary>
    public ProviderRegistry(IEnumerable<ProviderSettings> providers, ISecretSource secrets, PriceTable? prices = null)
    {
        ArgumentNullException.ThrowIfNull(providers);
        ArgumentNullException.ThrowIfNull(secrets);
        foreach (var provider in providers)
        {
            if (!this.providers.TryAdd(provider.Name, provider))
            {
                throw new InvalidDataException($"Two model providers are named '{provider.Name}'.");
            }
        }

        this.secrets = secrets;
        this.prices = prices ?? PriceTable.Empty;
    }

    /// <summary>
    /// The HTTP client the providers' SDKs send through (a sandboxed agent's, whose connections go through the
    /// sandbox's relays); null for each SDK's own.
    /// </summary>
    public HttpClient? Http { get; init; }

    /// <summary>The configured providers.</summary>
    public IReadOnlyCollection<ProviderSettings> Providers => providers.Values;

    /// <summary>The prices used to cost calls.</summary>
    public PriceTable Prices => prices;

    /// <summary>Resolves <paramref name="reference"/> (<c>provider/model</c> or <c>provider</c>) or names what is wrong.</summary>
    public ResolvedModel Resolve(string reference)
    {
        var parsed = ModelReference.Parse(reference);
        if (!providers.TryGetValue(parsed.Provider, out var provider))
        {
            var known = providers.Count == 0 ? "none is configured" : $"the providers are {string.Join(", ", providers.Keys.Select(name => $"'{name}'"))}";
            throw new InvalidDataException($"The model '{reference}' names the provider '{parsed.Provider}', but {known}.");
        }

        var model = parsed.Model ?? provider.DefaultModel
            ?? throw new InvalidDataException($"The model '{reference}' names no model and provider '{provider.Name}' has no default model.");
        return new ResolvedModel(provider, model);
    }

    /// <summary>A client for <paramref name="reference"/> whose calls are recorded in <paramref name="ledger"/>.</summary>
    public IChatClient CreateChatClient(string reference, UsageLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var (provider, model) = Resolve(reference);
        var key = ApiKey(provider);
        var client = provider.Kind switch
        {
            ProviderKind.Anthropic => AnthropicClients.Create(provider, model, key, Http),
            ProviderKind.OpenAI or ProviderKind.OpenAICompatible => OpenAIClients.Create(provider, model, key, Http),
            ProviderKind.Scripted => new ScriptedChatClient(provider.Script),
            _ => throw new InvalidDataException($"Provider '{provider.Name}' has an unknown kind."),
        };
        var guarded = new ProviderErrorChatClient(client, provider.Name, model, key);
        return new UsageMeteringChatClient(guarded, provider.Name, model, prices, ledger);
    }

    private Secret? ApiKey(ProviderSettings provider)
    {
        if (provider.ApiKey is { } reference)
        {
            return secrets.Find(reference)
                ?? throw new InvalidDataException($"Provider '{provider.Name}' takes its API key from '{reference}', which is not set.");
        }

        var needsKey = provider.Kind == ProviderKind.OpenAI || (provider.Kind == ProviderKind.Anthropic && provider.BaseUrl is null);
        return needsKey
            ? throw new InvalidDataException($"Provider '{provider.Name}' ({provider.Kind}) needs an api_key reference such as 'env:VARIABLE'.")
            : null;
    }
}
