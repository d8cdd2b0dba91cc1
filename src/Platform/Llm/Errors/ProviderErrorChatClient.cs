using System.Runtime.CompilerServices;
using EventAgents.Platform.Llm.Secrets;
using Microsoft.Extensions.AI;

namespace EventAgents.Platform.Llm.Errors;

/// <summary>Makes every failure of the provider a <see cref="ModelProviderException"/> naming provider, model and status.</summary>
public sealed class ProviderErrorChatClient(IChatClient inner, string provider, string defaultModel, Secret? key) : DelegatingChatClient(inner)
{
    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (Translate(exception, options, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        IAsyncEnumerator<ChatResponseUpdate> updates;
        try
        {
            updates = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        }
        catch (Exception exception) when (Translate(exception, options, cancellationToken) is { } translated)
        {
            throw translated;
        }

        await using (updates.ConfigureAwait(false))
        {
            while (true)
            {
                try
                {
                    if (!await updates.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }
                }
                catch (Exception exception) when (Translate(exception, options, cancellationToken) is { } translated)
                {
                    throw translated;
                }

                yield return updates.Current;
            }
        }
    }

    private ModelProviderException? Translate(Exception exception, ChatOptions? options, CancellationToken ct) =>
        ProviderErrors.Translate(exception, provider, options?.ModelId ?? defaultModel, key, ct);
}
