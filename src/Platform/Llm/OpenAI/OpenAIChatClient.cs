using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using OpenAIChat = OpenAI.Chat;
using OpenAISdk = OpenAI;

namespace EventAgents.Platform.Llm.OpenAI;

/// <summary>
/// <see cref="IChatClient"/> over the OpenAI SDK's Chat Completions client, for OpenAI and any server that speaks its
/// protocol (Ollama, vLLM, llama.cpp's server). <see cref="ChatOptions.ModelId"/> overrides the default model per call.
/// </summary>
public sealed class OpenAIChatClient : IChatClient
{
    private readonly OpenAISdk.OpenAIClient client;
    private readonly ChatClientMetadata metadata;

    /// <summary>Wraps <paramref name="client"/>, answering with <paramref name="defaultModel"/> unless a call names another.</summary>
    public OpenAIChatClient(OpenAISdk.OpenAIClient client, string providerName, Uri endpoint, string defaultModel)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(defaultModel);
        this.client = client;
        metadata = new ChatClientMetadata(providerName, endpoint, defaultModel);
    }

    /// <inheritdoc />
    public async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var completion = await ChatClientFor(options)
            .CompleteChatAsync(OpenAIMessages.From(messages, options), OpenAIOptions.From(options), cancellationToken)
            .ConfigureAwait(false);
        return OpenAIResponses.From(completion.Value);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var stream = ChatClientFor(options)
            .CompleteChatStreamingAsync(OpenAIMessages.From(messages, options), OpenAIOptions.From(options), cancellationToken);
        var toolCalls = new StreamingToolCalls();
        ChatFinishReason? finish = null;
        string? id = null;
        string? model = null;
        DateTimeOffset? created = null;
        await foreach (var chunk in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            (id, model, created) = (chunk.CompletionId ?? id, chunk.Model ?? model, created ?? chunk.CreatedAt);
            finish = OpenAIResponses.FinishReason(chunk.FinishReason) ?? finish;
            foreach (var call in chunk.ToolCallUpdates)
            {
                toolCalls.Add(call);
            }

            if (Update(chunk) is { } update)
            {
                yield return update;
            }
        }

        if (toolCalls.Any || finish is not null)
        {
            yield return new ChatResponseUpdate(ChatRole.Assistant, toolCalls.Complete())
            {
                ResponseId = id, MessageId = id, ModelId = model, CreatedAt = created, FinishReason = finish,
            };
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(ChatClientMetadata) ? metadata
            : serviceType.IsInstanceOfType(client) ? client
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private OpenAIChat.ChatClient ChatClientFor(ChatOptions? options) =>
        client.GetChatClient(options?.ModelId ?? metadata.DefaultModelId);

    /// <summary>The text and usage of one chunk; tool calls and the finish reason come in the stream's last update.</summary>
    private static ChatResponseUpdate? Update(OpenAIChat.StreamingChatCompletionUpdate chunk)
    {
        var contents = new List<AIContent>();
        foreach (var part in chunk.ContentUpdate)
        {
            if (part.Text is { Length: > 0 } text)
            {
                contents.Add(new TextContent(text));
            }
        }

        if (chunk.RefusalUpdate is { Length: > 0 } refusal)
        {
            contents.Add(new TextContent(refusal));
        }

        if (OpenAIResponses.Usage(chunk.Usage) is { } usage)
        {
            contents.Add(new UsageContent(usage));
        }

        return contents.Count == 0 ? null : new ChatResponseUpdate(ChatRole.Assistant, contents)
        {
            ResponseId = chunk.CompletionId,
            MessageId = chunk.CompletionId,
            ModelId = chunk.Model,
            CreatedAt = chunk.CreatedAt,
            RawRepresentation = chunk,
        };
    }
}
