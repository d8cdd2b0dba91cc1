using System.Security.Cryptography;
using System.Text;

namespace EventAgents.Platform.Messaging;

/// <summary>
/// Deterministic message ids: the messages that follow from one message (or event) get the same ids every
/// time it is handled, so a redelivery re-sends nothing new (queues ignore an id they already hold).
/// </summary>
public static class MessageIds
{
    /// <summary>The id of the <paramref name="index"/>-th message that follows from <paramref name="parent"/>.</summary>
    public static Guid Derive(Guid parent, int index) => Derive(parent, index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>An id derived from a parent id and a discriminator, shaped as a version 8 UUID.</summary>
    public static Guid Derive(Guid parent, string discriminator)
    {
        Span<byte> input = stackalloc byte[16 + Encoding.UTF8.GetMaxByteCount(discriminator.Length)];
        parent.TryWriteBytes(input, bigEndian: true, out _);
        var length = 16 + Encoding.UTF8.GetBytes(discriminator, input[16..]);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input[..length], hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
