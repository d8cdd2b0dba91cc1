using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace EventAgents.Engine.Chats;

/// <summary>
/// The scripted model of chat, for tests and the offline demo: it answers <c>You said: &lt;last user message&gt;</c>,
/// streamed word by word, and reports words as tokens so usage is recorded like a real model's.
/// </summary>
public sealed class EchoChatClient : IChatClient
{
    public const string Prefix = "You said: ";

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
        {
            updates.Add(update);
        }

        return updates.ToChatResponse();
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var history = messages.ToList();
        var reply = Prefix + (history.LastOrDefault(m => m.Role == ChatRole.User)?.Text ?? "");
        var words = reply.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return new ChatResponseUpdate(ChatRole.Assistant, i == 0 ? words[i] : " " + words[i]);
        }

        yield return new ChatResponseUpdate(ChatRole.Assistant, [new UsageContent(new UsageDetails
        {
            InputTokenCount = history.Sum(m => Words(m.Text)),
            OutputTokenCount = Words(reply),
        })])
        { FinishReason = ChatFinishReason.Stop };
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType == typeof(EchoChatClient) ? this : null;

    public void Dispose()
    {
    }

    private static long Words(string? text) => string.IsNullOrWhiteSpace(text) ? 0 : text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
