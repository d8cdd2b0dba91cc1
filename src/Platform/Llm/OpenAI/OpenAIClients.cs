using System.ClientModel;
using System.ClientModel.Primitives;
using EventAgents.Platform.Llm.Providers;
using EventAgents.Platform.Llm.Secrets;
using Microsoft.Extensions.AI;
using OpenAISdk = OpenAI;

namespace EventAgents.Platform.Llm.OpenAI;

/// <summary>Creates our <see cref="OpenAIChatClient"/> over the SDK for an <c>openai</c> or <c>openai-compatible</c> provider.</summary>
public static class OpenAIClients
{
    /// <summary>OpenAI's own endpoint, used when a provider gives no base URL.</summary>
    public static Uri OpenAIEndpoint { get; } = new("https://api.openai.com/v1");

    /// <summary>
    /// The client for <paramref name="settings"/>; with no <paramref name="key"/> no Authorization header is sent. It
    /// sends through <paramref name="http"/> when given (the caller keeps owning it).
    /// </summary>
    public static IChatClient Create(ProviderSettings settings, string model, Secret? key, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var endpoint = settings.BaseUrl ?? OpenAIEndpoint;
        var options = new OpenAISdk.OpenAIClientOptions
        {
            Endpoint = endpoint,
            RetryPolicy = new ClientRetryPolicy(settings.MaxRetries),
            NetworkTimeout = settings.Timeout,
        };
        if (http is not null)
        {
            options.Transport = new HttpClientPipelineTransport(http);
        }

        if (key is null)
        {
            options.AddPolicy(new WithoutAuthorization(), PipelinePosition.BeforeTransport);
        }

        // The SDK insists on a credential; a keyless local server gets a placeholder that WithoutAuthorization removes.
        var credential = new ApiKeyCredential(key?.Reveal() ?? "no-key");
        return new OpenAIChatClient(new OpenAISdk.OpenAIClient(credential, options), settings.Name, endpoint, model);
    }

    private sealed class WithoutAuthorization : PipelinePolicy
    {
        public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
        {
            message.Request.Headers.Remove("Authorization");
            ProcessNext(message, pipeline, currentIndex);
        }

        public override ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
        {
            message.Request.Headers.Remove("Authorization");
            return ProcessNextAsync(message, pipeline, currentIndex);
        }
    }
}
