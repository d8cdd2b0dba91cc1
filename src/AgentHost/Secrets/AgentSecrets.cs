using EventAgents.AgentHost.Configuration;
using EventAgents.Platform.Llm.Providers;
using EventAgents.Platform.Llm.Secrets;

namespace EventAgents.AgentHost.Secrets;

/// <summary>The secrets an agent knows: its step token, its providers' keys, and the variables its configuration names as secret.</summary>
public static class AgentSecrets
{
    /// <summary>Names of the environment variables that hold secrets, which commands the agent runs must not see.</summary>
    public static IReadOnlyList<string> VariableNames(StepConfiguration configuration, LlmConfiguration llm)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(llm);
        return [.. new[] { AgentEnvironment.StepToken }
            .Concat(configuration.SecretEnv ?? [])
            .Concat(llm.Providers.Select(provider => provider.ApiKey)
                .Where(key => key is { Scheme: SecretReference.Environment })
                .Select(key => key!.Name))
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>A redactor for every secret value found.</summary>
    public static Redactor Redactor(StepConfiguration configuration, LlmConfiguration llm, string stepToken, Func<string, string?> variable, ISecretSource secrets)
    {
        ArgumentNullException.ThrowIfNull(variable);
        ArgumentNullException.ThrowIfNull(secrets);
        var keys = llm.Providers.Select(provider => provider.ApiKey is { } key ? Reveal(secrets, key) : null);
        return new Redactor([stepToken, .. VariableNames(configuration, llm).Select(variable), .. keys]);
    }

    private static string? Reveal(ISecretSource secrets, SecretReference key)
    {
        try
        {
            return secrets.Find(key)?.Reveal();
        }
        catch (IOException)
        {
            return null;
        }
    }
}
