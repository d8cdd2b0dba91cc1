using Npgsql;

namespace EventAgents.Platform.EventStore;

/// <summary>
/// Delivers the store's events to one handler in global order: catches up from its checkpoint, then follows live.
/// One process owns a subscription at a time (a PostgreSQL advisory lock held on a dedicated connection);
/// the others stand by and take over when the owner's connection goes away.
/// </summary>
public sealed partial class Subscription
{
    private const int OwnershipLockClass = 0x45415342; // "EASB"
    private readonly EventStore _store;
    private readonly SubscriptionOptions _options;
    private readonly Func<IReadOnlyList<RecordedEvent>, NpgsqlConnection, CancellationToken, Task> _deliver;

    private Subscription(EventStore store, string name, SubscriptionOptions? options,
        Func<IReadOnlyList<RecordedEvent>, NpgsqlConnection, CancellationToken, Task> deliver)
    {
        _store = store;
        Name = name;
        _options = options ?? SubscriptionOptions.Default;
        _deliver = deliver;
    }

    public string Name { get; }

    /// <summary>True while this instance owns the subscription.</summary>
    public bool IsOwner { get; private set; }

    /// <summary>The position of the last event handled and checkpointed.</summary>
    public long Checkpoint { get; private set; }

    /// <summary>The last handler failure, cleared when a batch succeeds.</summary>
    public Exception? LastError { get; private set; }

    /// <summary>At-least-once delivery to a handler; the checkpoint is saved after each handled batch.</summary>
    public static Subscription For(EventStore store, IEventSubscriber subscriber, SubscriptionOptions? options = null)
    {
        Subscription? subscription = null;
        subscription = new Subscription(store, subscriber.Name, options, async (events, connection, ct) =>
        {
            await subscriber.HandleAsync(events, ct).ConfigureAwait(false);
            await subscription!.SaveCheckpointAsync(connection, null, events[^1].Position, ct).ConfigureAwait(false);
        });
        return subscription;
    }

    /// <summary>Exactly-once effects: each batch and the checkpoint commit in one transaction.</summary>
    public static Subscription For(EventStore store, IProjection projection, SubscriptionOptions? options = null)
    {
        Subscription? subscription = null;
        subscription = new Subscription(store, projection.Name, options, async (events, connection, ct) =>
        {
            await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            await projection.ApplyAsync(new ProjectionContext(connection, transaction, store.SchemaPrefix), events, ct).ConfigureAwait(false);
            await subscription!.SaveCheckpointAsync(connection, transaction, events[^1].Position, ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            (projection as IProjectionCommitted)?.Committed();
        });
        return subscription;
    }

    /// <summary>Runs until cancelled: waits for ownership, then delivers; goes back to standby if the connection is lost.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        _store.Changes.ListenToOtherProcesses();
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _store.DataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
                if (!await TryTakeOwnershipAsync(connection, ct).ConfigureAwait(false))
                {
                    await Task.Delay(_options.OwnershipRetry, ct).ConfigureAwait(false);
                    continue;
                }

                try
                {
                    IsOwner = true;
                    Checkpoint = await LoadCheckpointAsync(connection, ct).ConfigureAwait(false);
                    await FollowAsync(connection, ct).ConfigureAwait(false);
                }
                finally
                {
                    IsOwner = false;
                    await ReleaseOwnershipAsync(connection).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                // Most likely the connection holding ownership was lost: stand by and try again.
                LastError = e;
                await Task.Delay(_options.OwnershipRetry, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task FollowAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var inFlightWait = _options.InFlightRetry;
        var errorWait = TimeSpan.FromMilliseconds(50);
        while (!ct.IsCancellationRequested)
        {
            var change = _store.Changes.NextChange;
            var (events, bound) = await _store.ReadAllAsync(Checkpoint, _options.BatchSize, ct).ConfigureAwait(false);
            if (events.Count > 0)
            {
                try
                {
                    await _deliver(events, connection, ct).ConfigureAwait(false);
                }
                catch (Exception e) when (!ct.IsCancellationRequested && connection.FullState == System.Data.ConnectionState.Open)
                {
                    // The handler failed but we still own the subscription: retry the same batch.
                    LastError = e;
                    await Task.Delay(errorWait, ct).ConfigureAwait(false);
                    errorWait = Min(errorWait * 2, _options.MaxErrorBackoff);
                    continue;
                }

                Checkpoint = events[^1].Position;
                LastError = null;
                errorWait = TimeSpan.FromMilliseconds(50);
                inFlightWait = _options.InFlightRetry;
                continue;
            }

            if (bound.HasInFlight)
            {
                await Task.WhenAny(change, Task.Delay(inFlightWait, ct)).ConfigureAwait(false);
                inFlightWait = Min(inFlightWait * 2, TimeSpan.FromMilliseconds(10));
            }
            else
            {
                inFlightWait = _options.InFlightRetry;
                await Task.WhenAny(change, Task.Delay(_options.PollInterval, ct)).ConfigureAwait(false);
            }

            ct.ThrowIfCancellationRequested();
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
