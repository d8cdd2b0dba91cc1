using System.Text;

namespace EventAgents.AgentHost.Tools;

/// <summary>Collects text from several writers up to a number of bytes and counts what it drops.</summary>
internal sealed class CappedText(int maxBytes)
{
    private readonly StringBuilder text = new();
    private readonly Lock gate = new();
    private int bytes;
    private long dropped;

    public void Append(ReadOnlySpan<char> chunk)
    {
        lock (gate)
        {
            foreach (var rune in chunk.ToString().EnumerateRunes())
            {
                if (bytes + rune.Utf8SequenceLength > maxBytes)
                {
                    dropped += rune.Utf8SequenceLength;
                    continue;
                }

                bytes += rune.Utf8SequenceLength;
                text.Append(rune.ToString());
            }
        }
    }

    public override string ToString()
    {
        lock (gate)
        {
            return dropped == 0 ? text.ToString() : $"{text}\n[output cut: {dropped} more bytes]";
        }
    }
}
