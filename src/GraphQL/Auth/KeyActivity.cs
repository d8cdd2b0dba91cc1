using System.Collections.Concurrent;

namespace EventAgents.GraphQL.Auth;

/// <summary>
/// Whether a key is still active, remembered per key for <paramref name="freshness"/> so that the periodic checks of
/// every open connection cost at most one query per key that often. A revoked key never becomes active again, so
/// "revoked" is remembered for good.
/// </summary>
internal sealed class KeyActivity(TimeProvider clock, TimeSpan freshness)
{
    private readonly ConcurrentDictionary<string, (bool Active, long CheckedAt)> _known = new(StringComparer.Ordinal);

    public async ValueTask<bool> IsActiveAsync(string keyId, Func<string, CancellationToken, Task<bool>> load, CancellationToken ct)
    {
        var now = clock.GetTimestamp();
        if (_known.TryGetValue(keyId, out var known) && (!known.Active || clock.GetElapsedTime(known.CheckedAt, now) < freshness))
        {
            return known.Active;
        }

        var active = await load(keyId, ct).ConfigureAwait(false);
        _known.AddOrUpdate(keyId, (active, now), (_, previous) => previous.Active ? (active, now) : previous);
        return active;
    }

    /// <summary>Forgets that the key was active, for a revocation made by this process.</summary>
    public void Revoked(string keyId) => _known[keyId] = (false, clock.GetTimestamp());
}
