using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace EventAgents.Platform.Postgres;

/// <summary>
/// In-process fan-out of items by key: each subscriber gets its own channel, so a slow one delays nobody. Nothing is
/// kept for subscribers that come later. <see cref="PostgresBroadcast{TItem}"/> carries it to other processes.
/// </summary>
public sealed class LiveBroadcast<TItem> : IKeyedBroadcast<TItem>
{
    private readonly ConcurrentDictionary<string, ImmutableList<Channel<TItem>>> subscribers = new(StringComparer.Ordinal);

    /// <summary>How many subscribers <paramref name="key"/> has now.</summary>
    public int SubscriberCount(string key) => subscribers.TryGetValue(key, out var list) ? list.Count : 0;

    /// <inheritdoc/>
    public void Publish(string key, TItem item)
    {
        if (subscribers.TryGetValue(key, out var list))
        {
            foreach (var channel in list)
            {
                channel.Writer.TryWrite(item);
            }
        }
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<TItem> SubscribeAsync(string key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(key);
        var channel = Channel.CreateUnbounded<TItem>(new UnboundedChannelOptions { SingleReader = true });
        subscribers.AddOrUpdate(key, _ => [channel], (_, list) => list.Add(channel));
        return ReadAsync(key, channel, ct);
    }

    private async IAsyncEnumerable<TItem> ReadAsync(string key, Channel<TItem> channel, [EnumeratorCancellation] CancellationToken ct)
    {
        try
        {
            while (await channel.Reader.WaitToReadAsync(ct).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out var item))
                {
                    yield return item;
                }
            }
        }
        finally
        {
            Unsubscribe(key, channel);
        }
    }

    private void Unsubscribe(string key, Channel<TItem> channel)
    {
        while (subscribers.TryGetValue(key, out var list))
        {
            var rest = list.Remove(channel);
            var done = rest.IsEmpty
                ? subscribers.TryRemove(new KeyValuePair<string, ImmutableList<Channel<TItem>>>(key, list))
                : subscribers.TryUpdate(key, rest, list);
            if (done)
            {
                return;
            }
        }
    }
}
