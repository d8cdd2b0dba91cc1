using System.Text;

namespace EventAgents.AgentHost.Commands;

/// <summary>
/// What a command prints (standard output and error, interleaved), kept up to a number of characters.
/// </summary>
internal sealed class CommandOutput(int limit)
{
    /// <summary>Ends output that reached the limit.</summary>
    public const string TruncatedNote = "\n[output truncated]";

    private readonly StringBuilder text = new();
    private readonly Lock gate = new();
    private bool truncated;

    public void Append(ReadOnlySpan<char> chunk)
    {
        lock (gate)
        {
            var room = limit - text.Length;
            truncated |= chunk.Length > room;
            text.Append(chunk[..Math.Min(chunk.Length, room)]);
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
}
