using Anthropic;
using Anthropic.Core;
using EventAgents.Platform.Llm.Providers;
using EventAgents.Platform.Llm.Secrets;
using Microsoft.Extensions.AI;

namespace EventAgents.Platform.Llm.Anthropic;

/// <summary>Creates the Anthropic SDK's own <see cref="IChatClient"/> for an <c>anthropic</c> provider.</summary>
public static class AnthropicClients
{
    /// <summary>Anthropic's own endpoint, used when a provider gives no base URL.</summary>
    public static Uri AnthropicEndpoint { get; } = new("https://api.anthropic.com");

    /// <summary>
    /// The client for <paramref name="settings"/>; the SDK never falls back to its environment variables. It sends
    /// through <paramref name="http"/> when given.
    /// </summary>
    public static IChatClient Create(ProviderSettings settings, string model, Secret? key, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new ClientOptions
        {
            ApiKey = key?.Reveal(),
            MaxRetries = settings.MaxRetries,
            Timeout = settings.Timeout,
        };
        if (http is not null)
        {
            options.HttpClient = http;
        }

        if (settings.BaseUrl is { } baseUrl)
        {
            options.BaseUrl = baseUrl.ToString().TrimEnd('/');
        }

        var client = new AnthropicClient(options);
        return new OwningChatClient(client.AsIChatClient(model, settings.MaxOutputTokens), client);
    }

    /// <summary>Disposes the SDK client (and its HTTP client) with the chat client made from it.</summary>
    private sealed class OwningChatClient(IChatClient inner, IDisposable owned) : DelegatingChatClient(inner)
    {
        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                owned.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
