using System.Runtime.CompilerServices;
using System.Text;
using Docker.DotNet;

namespace EventAgents.Engine.Runners.Containers;

/// <summary>A container's stdout and stderr (as the engine multiplexes them) cut into UTF-8 lines, each stream on its own.</summary>
internal static class OutputLines
{
    /// <summary>The lines without their line endings; a last line without one comes at the end.</summary>
    public static async IAsyncEnumerable<string> ReadAsync(MultiplexedStream output, [EnumeratorCancellation] CancellationToken ct)
    {
        var buffer = new byte[16 * 1024];
        var streams = new Dictionary<MultiplexedStream.TargetStream, Splitter>();
        while (await output.ReadOutputAsync(buffer, 0, buffer.Length, ct).ConfigureAwait(false) is { EOF: false } read)
        {
            if (!streams.TryGetValue(read.Target, out var splitter))
            {
                streams[read.Target] = splitter = new Splitter();
            }

            foreach (var line in splitter.Add(buffer.AsSpan(0, read.Count)))
            {
                yield return line;
            }
        }

        foreach (var rest in streams.Values.Select(splitter => splitter.Rest()).OfType<string>())
        {
            yield return rest;
        }
    }

    /// <summary>Decodes UTF-8 across reads and cuts it into lines.</summary>
    private sealed class Splitter
    {
        private readonly Decoder decoder = Encoding.UTF8.GetDecoder();
        private readonly StringBuilder pending = new();

        public List<string> Add(ReadOnlySpan<byte> bytes)
        {
            var chars = new char[Encoding.UTF8.GetMaxCharCount(bytes.Length)];
            var count = decoder.GetChars(bytes, chars, flush: false);
            var lines = new List<string>();
            foreach (var character in chars.AsSpan(0, count))
            {
                if (character == '\n')
                {
                    lines.Add(pending.ToString().TrimEnd('\r'));
                    pending.Clear();
                }
                else
                {
                    pending.Append(character);
                }
            }

            return lines;
        }

        public string? Rest() => pending.Length > 0 ? pending.ToString() : null;
    }
}
