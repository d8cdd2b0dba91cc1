using System.Text;
using EventAgents.Engine.Secrets;

namespace EventAgents.Engine.Chats;

/// <summary>One reply being written: its text so far, and its pieces published (redacted) as they come.</summary>
internal sealed class ChatReply(ChatReplies replies, string sessionId, string inReplyTo, string messageId, SecretRedactor redactor)
{
    private readonly StringBuilder text = new();
    private int sequence;

    public string Text => redactor.Redact(text.ToString());

    public void Add(string piece)
    {
        text.Append(piece);
        Publish(redactor.Redact(piece), isFinal: false, error: null);
    }

    public void Finish(string recorded) => Publish(recorded, isFinal: true, error: null);

    public void Fail(string reason) => Publish("", isFinal: true, error: reason);

    private void Publish(string piece, bool isFinal, string? error) =>
        replies.Publish(new ChatReplyChunk(sessionId, inReplyTo, messageId, sequence++, piece, isFinal, error));
}
