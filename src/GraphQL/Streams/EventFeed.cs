using System.Runtime.CompilerServices;
using EventAgents.Platform.EventStore;

namespace EventAgents.GraphQL.Streams;

/// <summary>
/// Live reads of the event store: replay from a version or position, then follow. Each read starts after taking the
/// store's change signal (raised by appends here, and by NOTIFY from other processes), so no append is missed;
/// the one-second wait is only the fallback for a lost notification.
/// </summary>
public static class EventFeed
{
    private const int BatchSize = 500;
    private static readonly TimeSpan Fallback = TimeSpan.FromSeconds(1);

    /// <summary>The events of one stream from <paramref name="fromVersion"/> (inclusive), in version order, forever.</summary>
    public static async IAsyncEnumerable<RecordedEvent> FollowStreamAsync(EventStore store, string streamId, long fromVersion, [EnumeratorCancellation] CancellationToken ct)
    {
        store.Changes.ListenToOtherProcesses();
        var next = Math.Max(fromVersion, 1);
        while (true)
        {
            var change = store.Changes.NextChange;
            var events = await store.ReadStreamAsync(streamId, new ReadStreamOptions { FromVersion = next, MaxCount = BatchSize, IncludeArchived = true }, ct)
                .ConfigureAwait(false);
            foreach (var e in events)
            {
                next = e.Version + 1;
                yield return e;
            }

            if (events.Count < BatchSize)
            {
                await Task.WhenAny(change, Task.Delay(Fallback, ct)).ConfigureAwait(false);
                ct.ThrowIfCancellationRequested();
            }
        }
    }

    /// <summary>Batches of every event after <paramref name="afterPosition"/>, in global order, never skipping one that commits late.</summary>
    public static async IAsyncEnumerable<IReadOnlyList<RecordedEvent>> FollowAllAsync(EventStore store, long afterPosition, [EnumeratorCancellation] CancellationToken ct)
    {
        store.Changes.ListenToOtherProcesses();
        var position = afterPosition;
        while (true)
        {
            var change = store.Changes.NextChange;
            var (events, bound) = await store.ReadAllAsync(position, BatchSize, ct).ConfigureAwait(false);
            if (events.Count > 0)
            {
                position = events[^1].Position;
                yield return events;
                continue;
            }

            await Task.WhenAny(change, Task.Delay(bound.HasInFlight ? TimeSpan.FromMilliseconds(5) : Fallback, ct)).ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
        }
    }
}
