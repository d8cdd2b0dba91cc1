using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace EventAgents.Platform.Postgres.EventChains;

/// <summary>
/// An event's chain hash, the same bytes as <c>ea_event_hash</c> in the database computes on append:
/// <c>SHA-256(previous || int64be(version) || int64be(µs since 1970) || stream || type || actor || data)</c>, each text
/// as its UTF-8 byte count (int32be) and bytes. The previous hash of a stream's first event is 32 zero bytes.
/// </summary>
public static class EventHash
{
    public const int Size = 32;

    public static byte[] Genesis { get; } = new byte[Size];

    public static byte[] Compute(ReadOnlySpan<byte> previous, string stream, long version, string type, DateTimeOffset timestamp, string? actor, string data)
    {
        actor ??= "";
        var length = Size + 8 + 8 + 16 + Encoding.UTF8.GetByteCount(stream) + Encoding.UTF8.GetByteCount(type)
            + Encoding.UTF8.GetByteCount(actor) + Encoding.UTF8.GetByteCount(data);
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var buffer = rented.AsSpan(0, length);
            previous.CopyTo(buffer);
            var at = Size;
            BinaryPrimitives.WriteInt64BigEndian(buffer[at..], version);
            BinaryPrimitives.WriteInt64BigEndian(buffer[(at + 8)..], (timestamp.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10);
            at += 16;
            foreach (var text in (ReadOnlySpan<string>)[stream, type, actor, data])
            {
                var count = Encoding.UTF8.GetBytes(text, buffer[(at + 4)..]);
                BinaryPrimitives.WriteInt32BigEndian(buffer[at..], count);
                at += 4 + count;
            }

            return SHA256.HashData(buffer);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
