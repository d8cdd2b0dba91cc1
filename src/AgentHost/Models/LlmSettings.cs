using EventAgents.AgentHost.Configuration;
using EventAgents.Platform.Llm.Providers;

namespace EventAgents.AgentHost.Models;

/// <summary>Where the agent finds its model providers: inline in the step configuration, else the file named in the environment.</summary>
public static class LlmSettings
{
    /// <summary>The providers and prices for <paramref name="configuration"/>; none when neither place has them.</summary>
    public static async Task<LlmConfiguration> LoadAsync(StepConfiguration configuration, Func<string, string?> variable, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(variable);
        if (configuration.Llm is { } inline)
        {
            return LlmConfiguration.Parse(inline);
        }

        return variable(AgentEnvironment.LlmConfiguration) is { Length: > 0 } path
            ? LlmConfiguration.Parse(await File.ReadAllTextAsync(path, ct).ConfigureAwait(false))
            : LlmConfiguration.Empty;
    }
}
