using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace EventAgents.Platform.Docker;

/// <summary>Which stream of a container a piece of output came from.</summary>
public enum OutputStream
{
    StandardInput = 0,
    StandardOutput = 1,
    StandardError = 2,
}

/// <summary>One frame of a container's output: the stream and its bytes.</summary>
public readonly record struct OutputFrame(OutputStream Stream, ReadOnlyMemory<byte> Data);

/// <summary>One line of a container's output, without its line ending.</summary>
public readonly record struct OutputLine(OutputStream Stream, string Text);

/// <summary>
/// A container's output as the engine streams it. Without a terminal the engine multiplexes stdout and stderr into
/// frames of an 8-byte header (stream type, three zero bytes, big-endian payload length) and the payload; this type
/// splits them apart again. With a terminal the stream is raw and all of it is stdout.
/// </summary>
public sealed class ContainerOutput : IAsyncDisposable, IDisposable
{
    private const int HeaderLength = 8;
    private readonly HttpResponseMessage response;
    private readonly Stream stream;
    private readonly bool raw;
    private readonly byte[] header = new byte[HeaderLength];
    private byte[] buffer = new byte[16 * 1024];

    private ContainerOutput(HttpResponseMessage response, Stream stream, bool raw)
    {
        this.response = response;
        this.stream = stream;
        this.raw = raw;
    }

    internal static async Task<ContainerOutput> OpenAsync(HttpResponseMessage response, bool tty, CancellationToken ct)
    {
        try
        {
            return new ContainerOutput(response, await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false), tty);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>The next frame, or null at the end of the output. The frame's data is valid until the next read.</summary>
    public async ValueTask<OutputFrame?> ReadFrameAsync(CancellationToken ct)
    {
        if (raw)
        {
            var read = await stream.ReadAsync(buffer, ct).ConfigureAwait(false);
            return read == 0 ? null : new OutputFrame(OutputStream.StandardOutput, buffer.AsMemory(0, read));
        }

        if (!await FillAsync(header, ct).ConfigureAwait(false))
        {
            return null;
        }

        var kind = header[0] switch
        {
            0 => OutputStream.StandardInput,
            1 => OutputStream.StandardOutput,
            2 => OutputStream.StandardError,
            var other => throw new InvalidDataException($"The engine sent an output frame for unknown stream {other}; is the container's terminal (tty) setting right?"),
        };
        var length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(4)));
        if (length > buffer.Length)
        {
            buffer = new byte[Math.Max(length, buffer.Length * 2)];
        }

        var payload = buffer.AsMemory(0, length);
        return await FillAsync(payload, ct).ConfigureAwait(false)
            ? new OutputFrame(kind, payload)
            : throw new InvalidDataException("The engine's output stream ended inside a frame.");
    }

    /// <summary>Reads everything, writing stdout and stderr to their own streams.</summary>
    public async Task CopyToAsync(Stream standardOutput, Stream standardError, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(standardOutput);
        ArgumentNullException.ThrowIfNull(standardError);
        while (await ReadFrameAsync(ct).ConfigureAwait(false) is { } frame)
        {
            var target = frame.Stream == OutputStream.StandardError ? standardError : standardOutput;
            await target.WriteAsync(frame.Data, ct).ConfigureAwait(false);
        }
    }

    /// <summary>The output as UTF-8 lines per stream; a last line without a line ending comes at the end.</summary>
    public async IAsyncEnumerable<OutputLine> ReadLinesAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var lines = new Dictionary<OutputStream, LineSplitter>();
        while (await ReadFrameAsync(ct).ConfigureAwait(false) is { } frame)
        {
            if (!lines.TryGetValue(frame.Stream, out var splitter))
            {
                lines[frame.Stream] = splitter = new LineSplitter();
            }

            foreach (var line in splitter.Add(frame.Data.Span))
            {
                yield return new OutputLine(frame.Stream, line);
            }
        }

        foreach (var (kind, splitter) in lines)
        {
            if (splitter.Rest() is { } rest)
            {
                yield return new OutputLine(kind, rest);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await stream.DisposeAsync().ConfigureAwait(false);
        response.Dispose();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        stream.Dispose();
        response.Dispose();
    }

    private async ValueTask<bool> FillAsync(Memory<byte> target, CancellationToken ct)
    {
        var filled = 0;
        while (filled < target.Length)
        {
            var read = await stream.ReadAsync(target[filled..], ct).ConfigureAwait(false);
            if (read == 0)
            {
                return filled == 0 ? false : throw new InvalidDataException("The engine's output stream ended inside a frame header.");
            }

            filled += read;
        }

        return true;
    }

    /// <summary>Decodes UTF-8 across frame boundaries and cuts it into lines.</summary>
    private sealed class LineSplitter
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
