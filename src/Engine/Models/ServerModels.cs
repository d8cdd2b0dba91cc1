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
    /// What an agent process needs to reach the providers: the file's path and the value of each variable an
    /// <c>env:</c> key reference names (and nothing else of the server's environment). A key that is not set is left
    /// out: the agent then fails with the provider's name and the missing reference.
    /// </summary>
    public IReadOnlyDictionary<string, string> AgentEnvironment()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ConfigurationPath is null)
        {
            return variables;
        }

        variables[ConfigurationVariable] = ConfigurationPath;
        foreach (var reference in KeyReferences().Where(r => r.Scheme == SecretReference.Environment))
        {
            if (Secrets.Find(reference) is { } key)
            {
                variables[reference.Name] = key.Reveal();
            }
        }

        return variables;
    }

    /// <summary>The server's files an agent reads to reach the providers: the providers' file and the keys it names by <c>file:</c>.</summary>
    public IReadOnlyList<string> AgentFiles() => ConfigurationPath is null ? []
        : [ConfigurationPath, .. KeyReferences().Where(r => r.Scheme == SecretReference.File).Select(r => r.Name)];

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
