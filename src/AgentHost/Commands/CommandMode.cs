using System.Collections;
using EventAgents.AgentHost.Configuration;
using EventAgents.AgentHost.Reporting;

namespace EventAgents.AgentHost.Commands;

/// <summary>
/// The agent program's command mode: a step configuration with a <c>command</c> is a command step's, run by
/// <see cref="CommandStepRun"/> with this process's environment instead of the agent loop, so a command step gets the
/// runner, sandbox, limits and report API of an agent step.
/// </summary>
public static class CommandMode
{
    /// <summary>Runs the step's command and returns the exit code, or null when the step is not a command step.</summary>
    public static async Task<int?> TryRunAsync(AgentSettings settings, IAgentReporter reporter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return await CommandConfiguration.TryLoadAsync(settings.ConfigurationFile, ct).ConfigureAwait(false) is { } command
            ? await new CommandStepRun(command, settings.Workspace, ProcessEnvironment(), reporter, TimeProvider.System).RunAsync(ct).ConfigureAwait(false)
            : null;
    }

    private static Dictionary<string, string> ProcessEnvironment() =>
        Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .ToDictionary(variable => (string)variable.Key, variable => variable.Value as string ?? "", StringComparer.Ordinal);
}
