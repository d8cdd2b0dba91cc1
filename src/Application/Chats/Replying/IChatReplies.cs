namespace EventAgents.Application.Chats.Replying;

/// <summary>The agents' replies in chat sessions, live, piece by piece, as the model writes them.</summary>
public interface IChatReplies
{
    /// <summary>
    /// The pieces of every reply in <paramref name="sessionId"/> from now on, until <paramref name="ct"/> is cancelled.
    /// Pieces written before the subscription are not replayed (the recorded reply is in the session's history).
    /// </summary>
    IAsyncEnumerable<ChatReplyChunk> SubscribeAsync(string sessionId, CancellationToken ct);
}
