using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace EventAgents.Platform.EventStore;

/// <summary>
/// The hash chain of a stream. Each event's digest covers its stream, id, type, time, data and metadata
/// bytes; each event's hash covers the previous hash, its version and its digest:
/// <c>hash(n) = SHA-256(hash(n-1) || int64be(n) || digest(n))</c>, with <c>hash(0)</c> all zeros.
/// The database computes the chain on append (append_stream); verification recomputes it here.
/// </summary>
public static class EventHash
{
    public const int Size = 32;

    public static byte[] Genesis { get; } = new byte[Size];

    public static byte[] Digest(string streamId, Guid eventId, string type, long timestampMicros, ReadOnlySpan<byte> data, ReadOnlySpan<byte> metadata)
    {
        var streamBytes = Encoding.UTF8.GetByteCount(streamId);
        var typeBytes = Encoding.UTF8.GetByteCount(type);
        var length = 4 + streamBytes + 16 + 4 + typeBytes + 8 + 4 + data.Length + 4 + metadata.Length;
        var rented = length <= 1024 ? null : System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        var buffer = rented is null ? stackalloc byte[length] : rented.AsSpan(0, length);
        try
        {
            var at = 0;
            at = WriteString(buffer, at, streamId, streamBytes);
            eventId.TryWriteBytes(buffer[at..], bigEndian: true, out _);
            at += 16;
            at = WriteString(buffer, at, type, typeBytes);
            BinaryPrimitives.WriteInt64BigEndian(buffer[at..], timestampMicros);
            at += 8;
            at = WriteBytes(buffer, at, data);
            WriteBytes(buffer, at, metadata);
            return SHA256.HashData(buffer);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    public static byte[] Chain(ReadOnlySpan<byte> previous, long version, ReadOnlySpan<byte> digest)
    {
        Span<byte> buffer = stackalloc byte[Size + 8 + Size];
        previous.CopyTo(buffer);
        BinaryPrimitives.WriteInt64BigEndian(buffer[Size..], version);
        digest.CopyTo(buffer[(Size + 8)..]);
        return SHA256.HashData(buffer);
    }

    private static int WriteString(Span<byte> buffer, int at, string text, int byteCount)
    {
        BinaryPrimitives.WriteInt32BigEndian(buffer[at..], byteCount);
        return at + 4 + Encoding.UTF8.GetBytes(text, buffer[(at + 4)..]);
    }

    private static int WriteBytes(Span<byte> buffer, int at, ReadOnlySpan<byte> bytes)
    {
        BinaryPrimitives.WriteInt32BigEndian(buffer[at..], bytes.Length);
        bytes.CopyTo(buffer[(at + 4)..]);
        return at + 4 + bytes.Length;
    }
}
