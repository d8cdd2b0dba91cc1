using System.Collections.Concurrent;

namespace EventAgents.Platform.EventStore;

/// <summary>
/// The latest folded state of recently loaded streams, by stream and state type. Events are never changed once
/// written, so a cached state at version N stays right: a load folds only the events after N. Bounded: when full,
/// it is emptied and refills with what is used.
/// </summary>
internal sealed class StateCache(int capacity)
{
    private readonly ConcurrentDictionary<(string StreamId, Type StateType), Entry> _entries = new();

    public bool TryGet<TState>(string streamId, Delegate evolve, out TState state, out long version, out DateTimeOffset? lastEventAt)
    {
        if (capacity > 0 && _entries.TryGetValue((streamId, typeof(TState)), out var entry) && entry.Evolve.Equals(evolve.Method))
        {
            state = (TState)entry.State!;
            version = entry.Version;
            lastEventAt = entry.LastEventAt;
            return true;
        }

        state = default!;
        version = 0;
        lastEventAt = null;
        return false;
    }

    public void Put<TState>(string streamId, Delegate evolve, TState state, long version, DateTimeOffset? lastEventAt)
    {
        if (capacity <= 0)
        {
            return;
        }

        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        _entries.AddOrUpdate((streamId, typeof(TState)), new Entry(state, version, lastEventAt, evolve.Method),
            (_, existing) => existing.Version >= version ? existing : new Entry(state, version, lastEventAt, evolve.Method));
    }

    private sealed record Entry(object? State, long Version, DateTimeOffset? LastEventAt, System.Reflection.MethodInfo Evolve);
}
