namespace EventAgents.Platform.EventStore;

public sealed partial class Subscription
{
    /// <summary>
    /// Rebuilds a projection from the first event: takes ownership (waiting for the current owner to let go),
    /// empties the read model and resets the checkpoint in one transaction, then applies every event up to now.
    /// </summary>
    /// <returns>The number of events applied.</returns>
    public static async Task<long> RebuildAsync(EventStore store, IProjection projection, SubscriptionOptions? options = null, CancellationToken ct = default)
    {
        var subscription = For(store, projection, options);
        await using var connection = await store.DataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        while (!await subscription.TryTakeOwnershipAsync(connection, ct).ConfigureAwait(false))
        {
            await Task.Delay(subscription._options.OwnershipRetry, ct).ConfigureAwait(false);
        }

        await using (var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false))
        {
            await projection.ResetAsync(new ProjectionContext(connection, transaction, store.SchemaPrefix), ct).ConfigureAwait(false);
            await subscription.SaveCheckpointAsync(connection, transaction, 0, ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }

        try
        {
            var target = (await store.GetSafePositionAsync(ct).ConfigureAwait(false)).Safe;
            long applied = 0;
            while (subscription.Checkpoint < target)
            {
                var (events, _) = await store.ReadAllAsync(subscription.Checkpoint, subscription._options.BatchSize, ct).ConfigureAwait(false);
                if (events.Count == 0)
                {
                    break;
                }

                await subscription._deliver(events, connection, ct).ConfigureAwait(false);
                subscription.Checkpoint = events[^1].Position;
                applied += events.Count;
            }

            return applied;
        }
        finally
        {
            await subscription.ReleaseOwnershipAsync(connection).ConfigureAwait(false);
        }
    }
}
