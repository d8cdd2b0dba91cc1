using EventAgents.Application.Chats.Replying;
using EventAgents.Platform.Postgres;

namespace EventAgents.Engine.Chats;

/// <summary>
/// The live replies of chat responders, by session (see <see cref="IChatReplies"/>). Over a
/// <see cref="PostgresBroadcast{TItem}"/> a subscriber sees the replies of every node on the database; the
/// parameterless constructor keeps them in this process.
/// </summary>
public sealed class ChatReplies(IKeyedBroadcast<ChatReplyChunk> broadcast) : IChatReplies
{
    public ChatReplies()
        : this(new LiveBroadcast<ChatReplyChunk>())
    {
    }

    /// <summary>The notification channel of the replies' <see cref="PostgresBroadcast{TItem}"/> for the product in <paramref name="schema"/>.</summary>
    public static string NotificationChannel(string schema) => schema + "_chat_replies";

    public IAsyncEnumerable<ChatReplyChunk> SubscribeAsync(string sessionId, CancellationToken ct) => broadcast.SubscribeAsync(sessionId, ct);

    /// <summary>How many subscribers of this process follow <paramref name="sessionId"/> now.</summary>
    public int SubscriberCount(string sessionId) => broadcast.SubscriberCount(sessionId);

    internal void Publish(ChatReplyChunk chunk) => broadcast.Publish(chunk.SessionId, chunk);
}
