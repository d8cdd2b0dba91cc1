using EventAgents.Application.Chats.Replying;
namespace EventAgents.Engine.Chats;

/// <summary>The live replies of this node's chat responder, by session (see <see cref="IChatReplies"/>).</summary>
public sealed class ChatReplies : IChatReplies
{
    private readonly LiveBroadcast<ChatReplyChunk> broadcast = new();

    public IAsyncEnumerable<ChatReplyChunk> SubscribeAsync(string sessionId, CancellationToken ct) => broadcast.SubscribeAsync(sessionId, ct);

    /// <summary>How many subscribers follow <paramref name="sessionId"/> now.</summary>
    public int SubscriberCount(string sessionId) => broadcast.SubscriberCount(sessionId);

    internal void Publish(ChatReplyChunk chunk) => broadcast.Publish(chunk.SessionId, chunk);
}
