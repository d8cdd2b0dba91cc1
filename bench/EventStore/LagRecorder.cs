using System.Collections.Concurrent;
using System.Diagnostics;
using EventAgents.Platform.EventStore;

namespace EventAgents.Bench.EventStore;

/// <summary>
/// Measures commit-to-handler lag: the writer notes when its append returned (the commit was acknowledged),
/// the handler notes when the event reached it. An event handled before its writer saw the acknowledgement
/// counts as zero lag.
/// </summary>
internal sealed class LagRecorder : IEventSubscriber
{
    private readonly ConcurrentDictionary<long, long> _committedAt = new();
    private readonly ConcurrentDictionary<long, long> _handledAt = new();

    public string Name => "bench-lag";

    public long IgnoreUpTo { get; set; }

    public void Committed(long position, long timestamp) => _committedAt[position] = timestamp;

    public Task HandleAsync(IReadOnlyList<RecordedEvent> events, CancellationToken ct)
    {
        var now = Stopwatch.GetTimestamp();
        foreach (var e in events)
        {
            if (e.Position > IgnoreUpTo)
            {
                _handledAt[e.Position] = now;
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Lags in milliseconds, sorted; throws if an acknowledged event never reached the handler.</summary>
    public List<double> Lags()
    {
        var missing = _committedAt.Keys.Count(p => !_handledAt.ContainsKey(p));
        if (missing > 0)
        {
            throw new InvalidOperationException($"{missing} committed events never reached the subscription.");
        }

        return [.. _committedAt.Select(c => Math.Max(0, Stopwatch.GetElapsedTime(c.Value, _handledAt[c.Key]).TotalMilliseconds)).Order()];
    }
}
