namespace EventAgents.Platform.Postgres;

/// <summary>
/// Live fan-out of items by key: a subscriber gets what is published under its key from the moment it subscribes,
/// nothing earlier. Nothing is stored.
/// </summary>
public interface IKeyedBroadcast<TItem>
{
    /// <summary>Hands <paramref name="item"/> to the subscribers of <paramref name="key"/>; never waits for them.</summary>
    void Publish(string key, TItem item);

    /// <summary>The items published under <paramref name="key"/> from the call on, until <paramref name="ct"/> is cancelled.</summary>
    IAsyncEnumerable<TItem> SubscribeAsync(string key, CancellationToken ct);

    /// <summary>How many subscribers of this process follow <paramref name="key"/> now.</summary>
    int SubscriberCount(string key);
}
