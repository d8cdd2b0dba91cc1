using EventAgents.Application.Chats.Replying;
using System.Text;
using EventAgents.Engine.Secrets;

namespace EventAgents.Engine.Chats;

/// <summary>
/// One reply being written: its text so far, and its pieces published as they come. What is published is the redacted
/// text except its last <see cref="SecretRedactor.LongestSecret"/> - 1 characters, held back until more text (or the
/// end) shows whether they begin a secret, so a secret split over the model's pieces is masked too.
/// </summary>
internal sealed class ChatReply(ChatReplies replies, string sessionId, string inReplyTo, string messageId, SecretRedactor redactor)
{
    private readonly StringBuilder text = new();
    private readonly int holdBack = Math.Max(0, redactor.LongestSecret - 1);
    private int published;
    private int sequence;

    public string Text => redactor.Redact(text.ToString());

    public void Add(string piece)
    {
        text.Append(piece);
        PublishUpTo(Text, holdBack);
    }

    public void Finish(string recorded)
    {
        PublishUpTo(recorded, 0);
        Publish(recorded, isFinal: true, error: null);
    }

    public void Fail(string reason) => Publish("", isFinal: true, error: reason);

    private void PublishUpTo(string redacted, int keep)
    {
        var end = redacted.Length - keep;
        if (end > published)
        {
            Publish(redacted[published..end], isFinal: false, error: null);
            published = end;
        }
    }

    private void Publish(string piece, bool isFinal, string? error) =>
        replies.Publish(new ChatReplyChunk(sessionId, inReplyTo, messageId, sequence++, piece, isFinal, error));
}
