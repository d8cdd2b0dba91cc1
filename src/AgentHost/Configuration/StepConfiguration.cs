using System.Text.Json;
using System.Text.Json.Serialization;
using EventAgents.Platform.Llm.Scripted;

namespace EventAgents.AgentHost.Configuration;

/// <summary>The step's configuration for the agent, read from the JSON file the runner wrote (snake_case names).</summary>
/// <param name="Prompt">What the agent is asked to do.</param>
/// <param name="Model">The model as <c>provider/model</c>; <c>scripted</c> plays <see cref="Script"/>.</param>
/// <param name="Script">The turns of the scripted model.</param>
/// <param name="MaxTurns">How many model turns the agent may take.</param>
/// <param name="CommandTimeoutSeconds">The longest a <c>run_command</c> may take.</param>
/// <param name="OutputCapBytes">How much output a tool returns before it is cut.</param>
/// <param name="Llm">The model providers and prices (see <c>LlmConfiguration</c>), when the runner passes them inline.</param>
public sealed record StepConfiguration(
    string Prompt,
    string Model,
    IReadOnlyList<ScriptedTurn>? Script = null,
    int MaxTurns = 50,
    int CommandTimeoutSeconds = 600,
    int OutputCapBytes = 64 * 1024,
    JsonElement? Llm = null)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>Parses the configuration, or throws <see cref="InvalidDataException"/> naming what is wrong.</summary>
    public static StepConfiguration Parse(string json)
    {
        StepConfiguration? configuration;
        try
        {
            configuration = JsonSerializer.Deserialize<StepConfiguration>(json, Json);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"The step configuration is not valid: {exception.Message}", exception);
        }

        return configuration switch
        {
            null => throw new InvalidDataException("The step configuration is empty."),
            { MaxTurns: < 1 } => throw new InvalidDataException("max_turns must be at least 1."),
            { CommandTimeoutSeconds: < 1 } => throw new InvalidDataException("command_timeout_seconds must be at least 1."),
            { OutputCapBytes: < 1 } => throw new InvalidDataException("output_cap_bytes must be at least 1."),
            _ => configuration,
        };
    }

    /// <summary>Reads and parses the configuration file.</summary>
    public static async Task<StepConfiguration> LoadAsync(string path, CancellationToken ct) =>
        Parse(await File.ReadAllTextAsync(path, ct).ConfigureAwait(false));
}
