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
    /// <summary>Who the agent is: its persona, put first in the system prompt; none when the engine gives none.</summary>
    public string? Persona { get; init; }

    /// <summary>The attempt's limits: tokens, cost, wall time, iterations.</summary>
    public AgentBudget? Budget { get; init; }

    /// <summary>When the agent counts as stuck.</summary>
    public StuckSettings? Stuck { get; init; }

    /// <summary>Names of environment variables whose values are secrets, redacted from every report and kept from commands.</summary>
    public IReadOnlyList<string>? SecretEnv { get; init; }

    /// <summary>The shared team vault of notes (an absolute path); none when the team keeps none.</summary>
    public string? TeamVault { get; init; }

    /// <summary>How much of the project's README.md and AGENTS.md goes into the system prompt, in bytes.</summary>
    public int ContextCapBytes { get; init; } = 16 * 1024;

    /// <summary>MCP servers whose tools the agent may use.</summary>
    public IReadOnlyList<McpServerSettings>? McpServers { get; init; }

    /// <summary>The most matches <c>grep</c> and entries <c>list</c>/<c>glob</c> return.</summary>
    public int MaxMatches { get; init; } = 200;

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
            { ContextCapBytes: < 0 } => throw new InvalidDataException("context_cap_bytes must be at least 0."),
            { MaxMatches: < 1 } => throw new InvalidDataException("max_matches must be at least 1."),
            { Budget: { } budget } when budget.Problem() is { } problem => throw new InvalidDataException(problem),
            { Stuck: { } stuck } when stuck.Problem() is { } problem => throw new InvalidDataException(problem),
            { McpServers: { } servers } when servers.Select(server => server.Problem()).FirstOrDefault(problem => problem is not null) is { } problem
                => throw new InvalidDataException(problem),
            _ => configuration,
        };
    }

    /// <summary>Reads and parses the configuration file.</summary>
    public static async Task<StepConfiguration> LoadAsync(string path, CancellationToken ct) =>
        Parse(await File.ReadAllTextAsync(path, ct).ConfigureAwait(false));
}
