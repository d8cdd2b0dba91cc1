using EventAgents.Platform.Llm.Providers;
using EventAgents.Platform.Llm.Scripted;
using EventAgents.Platform.Llm.Secrets;
using EventAgents.Platform.Llm.Usage;
using Microsoft.Extensions.AI;

namespace EventAgents.Engine.Models;

/// <summary>
/// The server's model providers (its <c>llm.json</c>) and where their keys are kept. Agent steps receive the file's
/// path and only the variables its <c>env:</c> references name; chat replies are asked through the same providers.
/// A provider named <c>scripted</c> is always there (unless configured otherwise) for tests and the offline demo.
/// </summary>
public sealed class ServerModels(LlmConfiguration configuration, string? configurationPath, ISecretSource secrets)
{
    /// <summary>The model that plays a script, unless a provider of that name is configured.</summary>
    public const string Scripted = "scripted";

    /// <summary>The variable through which an agent finds the providers' file.</summary>
    public const string ConfigurationVariable = "EVENTAGENTS_LLM_CONFIG";

    /// <summary>No configured providers: only the scripted model.</summary>
    public static ServerModels Offline { get; } = new(LlmConfiguration.Empty, null, EnvironmentSecrets.Process);

    public LlmConfiguration Configuration { get; } = configuration ?? throw new ArgumentNullException(nameof(configuration));

    /// <summary>The providers' file, handed to agents; null when the server has none.</summary>
    public string? ConfigurationPath { get; } = configurationPath;

    public ISecretSource Secrets { get; } = secrets ?? throw new ArgumentNullException(nameof(secrets));

    /// <summary>Reads <paramref name="path"/>; a missing file means no providers, a bad one names what is wrong.</summary>
    public static async Task<ServerModels> LoadAsync(string path, ISecretSource secrets, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            return new ServerModels(LlmConfiguration.Empty, null, secrets);
        }

        try
        {
            return new ServerModels(LlmConfiguration.Parse(await File.ReadAllTextAsync(path, ct).ConfigureAwait(false)), path, secrets);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>
    /// What the agent of a step on <paramref name="model"/> needs to reach its provider, and nothing of the others':
    /// the providers' file, the value of the variable its <c>env:</c> key reference names, the file its <c>file:</c>
    /// reference names, and its endpoint. A key that is not set is left out: the agent then fails with the provider's
    /// name and the missing reference. A model of no configured provider (the scripted one) gets nothing.
    /// </summary>
    public AgentProviderAccess AccessFor(string model)
    {
        string name;
        try
        {
            name = ModelReference.Parse(model).Provider;
        }
        catch (InvalidDataException)
        {
            return AgentProviderAccess.None; // The agent names the problem when it starts.
        }

        var provider = Configuration.Providers.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        if (ConfigurationPath is null || provider is null)
        {
            return AgentProviderAccess.None;
        }

        var variables = new Dictionary<string, string>(StringComparer.Ordinal) { [ConfigurationVariable] = ConfigurationPath };
        var files = new List<string> { ConfigurationPath };
        switch (provider.ApiKey)
        {
            case { Scheme: SecretReference.Environment } reference when Secrets.Find(reference) is { } key:
                variables[reference.Name] = key.Reveal();
                break;
            case { Scheme: SecretReference.File } reference:
                files.Add(reference.Name);
                break;
        }

        return new AgentProviderAccess(variables, files, provider.Endpoint is { } endpoint ? [endpoint] : []);
    }

    /// <summary>Every provider key that can be resolved now, to be kept out of logs, events and outputs.</summary>
    public IReadOnlyList<Secret> Keys() => [.. KeyReferences().Select(Secrets.Find).OfType<Secret>()];

    /// <summary>A client for <paramref name="model"/> (<c>provider/model</c>); <c>scripted</c> plays <paramref name="script"/>.</summary>
    public IChatClient CreateChatClient(string model, IReadOnlyList<ScriptedTurn> script, UsageLedger ledger)
    {
        var providers = Configuration.Providers.ToList();
        if (!providers.Any(p => string.Equals(p.Name, Scripted, StringComparison.OrdinalIgnoreCase)))
        {
            providers.Add(new ProviderSettings(Scripted, ProviderKind.Scripted, null, null, Scripted) { Script = script });
        }

        return new ProviderRegistry(providers, Secrets, Configuration.Prices).CreateChatClient(model, ledger);
    }

    private IEnumerable<SecretReference> KeyReferences() =>
        Configuration.Providers.Select(p => p.ApiKey).OfType<SecretReference>().Distinct();
}
