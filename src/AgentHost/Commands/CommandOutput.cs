using System.Text;

namespace EventAgents.AgentHost.Commands;

/// <summary>
/// What a command prints (standard output and error, interleaved), kept up to a number of characters; the step's live
/// output is taken from it in whole lines as it grows, so what streams is exactly what is recorded.
/// </summary>
internal sealed class CommandOutput(int limit)
{
    /// <summary>Ends output that reached the limit.</summary>
    public const string TruncatedNote = "\n[output truncated]";

    private readonly StringBuilder text = new();
    private readonly Lock gate = new();
    private int taken;
    private bool truncated;
    private bool noted;

    public void Append(ReadOnlySpan<char> chunk)
    {
        lock (gate)
        {
            var room = limit - text.Length;
            truncated |= chunk.Length > room;
            text.Append(chunk[..Math.Min(chunk.Length, room)]);
        }
    }

    /// <summary>The whole lines not taken yet; empty when there are none.</summary>
    public string TakeLines()
    {
        lock (gate)
        {
            var end = text.Length;
            while (end > taken && text[end - 1] != '\n')
            {
                end--;
            }

            return Take(end);
        }
    }

    /// <summary>Everything not taken yet, with the note when the output was cut.</summary>
    public string TakeRest()
    {
        lock (gate)
        {
            var rest = Take(text.Length);
            if (!truncated || noted)
            {
                return rest;
            }

            noted = true;
            return rest + TruncatedNote;
        }
    }

    /// <summary>All the output kept, with the note when it was cut.</summary>
    public override string ToString()
    {
        lock (gate)
        {
            return truncated ? text + TruncatedNote : text.ToString();
        }
    }

    private string Take(int end)
    {
        var part = text.ToString(taken, end - taken);
        taken = end;
        return part;
    }
}
