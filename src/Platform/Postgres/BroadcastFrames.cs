using System.Globalization;
using System.Text;

namespace EventAgents.Platform.Postgres;

/// <summary>
/// The NOTIFY payloads of <see cref="PostgresBroadcast{TItem}"/>: <c>publisher:message:index:count:</c> followed by a
/// piece of the message's text. PostgreSQL refuses payloads of 8000 bytes or more, so a longer message is cut into pieces
/// of at most <see cref="MaxPieceBytes"/> UTF-8 bytes, never inside a character, sent in one transaction and joined again
/// by <see cref="BroadcastAssembler"/>.
/// </summary>
internal static class BroadcastFrames
{
    /// <summary>The longest payload PostgreSQL accepts (it must be shorter than 8000 bytes).</summary>
    public const int MaxPayloadBytes = 7999;

    /// <summary>Room for the header: a 32-digit publisher, a 20-digit message number, two 10-digit counts, four colons.</summary>
    private const int MaxHeaderBytes = 80;

    public const int MaxPieceBytes = MaxPayloadBytes - MaxHeaderBytes;

    public static IEnumerable<string> Encode(Guid publisher, long message, string text)
    {
        var pieces = Split(text, MaxPieceBytes);
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{publisher:N}:{message}:");
        for (var i = 0; i < pieces.Count; i++)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{prefix}{i}:{pieces.Count}:{pieces[i]}");
        }
    }

    public static bool TryDecode(string payload, out BroadcastFrame frame)
    {
        frame = default;
        var parts = payload.Split(':', 5);
        if (parts.Length == 5
            && Guid.TryParseExact(parts[0], "N", out var publisher)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var message)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && index < count)
        {
            frame = new BroadcastFrame(publisher, message, index, count, parts[4]);
            return true;
        }

        return false;
    }

    /// <summary>Cuts <paramref name="text"/> into pieces of at most <paramref name="maxBytes"/> UTF-8 bytes, whole characters each.</summary>
    internal static List<string> Split(string text, int maxBytes)
    {
        var pieces = new List<string>();
        var start = 0;
        var bytes = 0;
        var at = 0;
        while (at < text.Length)
        {
            // A lone surrogate decodes as one replacement character: three bytes, as Npgsql sends it.
            Rune.DecodeFromUtf16(text.AsSpan(at), out var rune, out var chars);
            var size = rune.Utf8SequenceLength;
            if (bytes + size > maxBytes)
            {
                pieces.Add(text[start..at]);
                start = at;
                bytes = 0;
            }

            bytes += size;
            at += chars;
        }

        pieces.Add(text[start..]);
        return pieces;
    }
}

/// <summary>One NOTIFY payload of a broadcast: piece <see cref="Index"/> of <see cref="Count"/> of a publisher's message.</summary>
internal readonly record struct BroadcastFrame(Guid Publisher, long Message, int Index, int Count, string Piece);

/// <summary>
/// Joins the pieces of each publisher's messages, which come in order. A gap (a lost connection) drops the message it
/// broke, never joins pieces of different messages.
/// </summary>
internal sealed class BroadcastAssembler
{
    private readonly Dictionary<Guid, Partial> partials = [];

    /// <summary>The whole message when <paramref name="frame"/> completes one; null otherwise.</summary>
    public string? Accept(BroadcastFrame frame)
    {
        if (frame.Count == 1)
        {
            partials.Remove(frame.Publisher);
            return frame.Piece;
        }

        if (frame.Index == 0)
        {
            partials[frame.Publisher] = new Partial(frame.Message, new StringBuilder(frame.Piece));
            return null;
        }

        if (!partials.TryGetValue(frame.Publisher, out var partial) || partial.Message != frame.Message || partial.Next != frame.Index)
        {
            partials.Remove(frame.Publisher);
            return null;
        }

        partial.Text.Append(frame.Piece);
        partial.Next++;
        if (partial.Next < frame.Count)
        {
            return null;
        }

        partials.Remove(frame.Publisher);
        return partial.Text.ToString();
    }

    /// <summary>Forgets the messages begun: after a lost connection their remaining pieces are gone.</summary>
    public void Reset() => partials.Clear();

    private sealed class Partial(long message, StringBuilder text)
    {
        public long Message { get; } = message;

        public StringBuilder Text { get; } = text;

        public int Next { get; set; } = 1;
    }
}
