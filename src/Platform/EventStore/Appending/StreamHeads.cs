using System.Collections.Concurrent;

namespace EventAgents.Platform.EventStore;

/// <summary>
/// The last known head (version and hash) of recently written or read streams. With it the client chains the
/// hashes of an append itself; the database uses them only if the head is still current, so a stale entry
/// costs nothing but the database computing the chain.
/// </summary>
internal sealed class StreamHeads(int capacity = 10_000)
{
    private readonly ConcurrentDictionary<string, (long Version, byte[] Hash)> _heads = new(StringComparer.Ordinal);

    public (long Version, byte[] Hash)? Find(string streamId, ExpectedVersion expected)
    {
        if (expected == ExpectedVersion.NoStream)
        {
            return (0, EventHash.Genesis);
        }

        return _heads.TryGetValue(streamId, out var head) && (expected == ExpectedVersion.Any || expected.Value == head.Version)
            ? head
            : null;
    }

    public void Remember(string streamId, long version, byte[] hash)
    {
        if (_heads.Count >= capacity)
        {
            _heads.Clear();
        }

        _heads[streamId] = (version, hash);
    }

    public void Forget(string streamId) => _heads.TryRemove(streamId, out _);
}
