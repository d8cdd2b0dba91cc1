using System.Text;

namespace EventAgents.AgentHost.Tools;

/// <summary>Cuts text that a tool returns to a number of UTF-8 bytes, saying how much was left out.</summary>
public static class OutputCap
{
    /// <summary><paramref name="text"/> if it fits in <paramref name="maxBytes"/>, else its start and a note.</summary>
    public static string Apply(string text, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes <= maxBytes)
        {
            return text;
        }

        var kept = new StringBuilder();
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            used += rune.Utf8SequenceLength;
            if (used > maxBytes)
            {
                break;
            }

            kept.Append(rune.ToString());
        }

        return $"{kept}\n[output cut: {bytes - Encoding.UTF8.GetByteCount(kept.ToString())} more bytes]";
    }
}
