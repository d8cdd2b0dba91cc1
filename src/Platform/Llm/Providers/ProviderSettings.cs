using EventAgents.Platform.Llm.Scripted;
using EventAgents.Platform.Llm.Secrets;

namespace EventAgents.Platform.Llm.Providers;

/// <summary>One configured model provider.</summary>
/// <param name="Name">The name agents use in <c>provider/model</c>.</param>
/// <param name="Kind">The protocol it speaks.</param>
/// <param name="BaseUrl">Where it listens; null for the vendor's own endpoint.</param>
/// <param name="ApiKey">Where its API key is kept; null when it needs none (a local server, the scripted model).</param>
/// <param name="DefaultModel">The model used when a reference names the provider alone.</param>
public sealed record ProviderSettings(string Name, ProviderKind Kind, Uri? BaseUrl, SecretReference? ApiKey, string? DefaultModel)
{
    /// <summary>How often a failed request (429, 5xx, connection) is retried by the client library.</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>The longest one request may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The most output tokens per call when the caller sets none (Anthropic requires a value).</summary>
    public int MaxOutputTokens { get; init; } = 8192;

    /// <summary>Where its requests go: the base URL, else the vendor's own endpoint; null for a model that needs no network.</summary>
    public Uri? Endpoint => BaseUrl ?? Kind switch
    {
        ProviderKind.OpenAI => OpenAI.OpenAIClients.OpenAIEndpoint,
        ProviderKind.Anthropic => Anthropic.AnthropicClients.AnthropicEndpoint,
        _ => null,
    };

    /// <summary>The turns a <see cref="ProviderKind.Scripted"/> provider plays.</summary>
    public IReadOnlyList<ScriptedTurn> Script { get; init; } = [];
}
