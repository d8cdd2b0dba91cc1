using System.Text.Json;

namespace EventAgents.AgentHost.Commands;

/// <summary>
/// The step configuration of a command step: the command line for <c>bash -c</c> and, optionally, the directory to run
/// it in, relative to the workspace (snake_case: <c>command</c>, <c>working_directory</c>).
/// </summary>
/// <param name="Command">The command line, already rendered by the engine.</param>
/// <param name="WorkingDirectory">A directory of the workspace; the workspace itself when null.</param>
public sealed record CommandConfiguration(string Command, string? WorkingDirectory)
{
    /// <summary>
    /// The command of the configuration file, or null when the file is not a command step's (an agent step's, or one that
    /// cannot be read: the agent's own loading then reports why).
    /// </summary>
    public static async Task<CommandConfiguration?> TryLoadAsync(string path, CancellationToken ct)
    {
        string json;
        try
        {
            json = await File.ReadAllTextAsync(path, ct).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return TryParse(json);
    }

    /// <summary>The command of the configuration JSON, or null when it has no <c>command</c> text.</summary>
    public static CommandConfiguration? TryParse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("command", out var command) && command.ValueKind == JsonValueKind.String
                ? new CommandConfiguration(
                    command.GetString()!,
                    root.TryGetProperty("working_directory", out var directory) && directory.ValueKind == JsonValueKind.String ? directory.GetString() : null)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
