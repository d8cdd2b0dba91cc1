namespace EventAgents.Engine.Chats;

/// <summary>A user's message in a chat session waits for the agent's reply.</summary>
public sealed record ChatReplyDue(string SessionId, string MessageId);

/// <summary>The id under which the reply to a user's message is recorded: one reply per message, whatever redelivers it.</summary>
public static class ChatReplyIds
{
    public static string ReplyTo(string messageId) => $"{messageId}.reply";
}
