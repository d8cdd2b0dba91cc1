using EventAgents.Platform.EventStore;

namespace EventAgents.Platform.Messaging;

/// <summary>
/// Feeds an event-store subscription to event handlers and performs their outcomes. Run it with
/// <see cref="Subscribe"/>: with the PostgreSQL queue, the messages are enqueued in the transaction that saves the
/// subscription's checkpoint, so each event's messages are sent exactly once. Appends carry a command id derived
/// from the event, so a batch handled again appends nothing twice. Follow-up ids are derived from the event too.
/// </summary>
public sealed class EventReactor(string name, EventHandlers handlers, EventReactorOptions options) : IProjection, IProjectionCommitted
{
    public string Name => name;

    /// <summary>A subscription that delivers the store's events to this reactor.</summary>
    public Subscription Subscribe(SubscriptionOptions? subscription = null) =>
        options.Transport is PostgresQueue
            ? Subscription.For(options.Store, (IProjection)this, subscription)
            : Subscription.For(options.Store, new EventReactorSubscriber(this), subscription);

    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<RecordedEvent> events, CancellationToken ct)
    {
        var envelopes = await ReactAsync(events, ct).ConfigureAwait(false);
        if (options.Transport is PostgresQueue queue)
        {
            await queue.EnqueueAsync(context, envelopes, ct, notify: false).ConfigureAwait(false);
        }
        else
        {
            await options.Transport.SendAsync(envelopes, ct).ConfigureAwait(false);
        }
    }

    /// <summary>The batch's messages are committed: wake the workers.</summary>
    public void Committed() => (options.Transport as PostgresQueue)?.Committed();

    /// <summary>Reacting again from the first event would repeat side effects: a reactor is not rebuilt.</summary>
    public Task ResetAsync(ProjectionContext context, CancellationToken ct) =>
        throw new NotSupportedException($"Event reactor '{name}' performs side effects and cannot be rebuilt.");

    /// <summary>Handles a batch and sends what follows, outside any transaction (at least once, ids deduplicated).</summary>
    internal async Task ReactAndSendAsync(IReadOnlyList<RecordedEvent> events, CancellationToken ct) =>
        await options.Transport.SendAsync(await ReactAsync(events, ct).ConfigureAwait(false), ct).ConfigureAwait(false);

    private async Task<List<Envelope>> ReactAsync(IReadOnlyList<RecordedEvent> events, CancellationToken ct)
    {
        var envelopes = new List<Envelope>();
        foreach (var recorded in events.Where(e => handlers.Handles(e.EventType)))
        {
            var outcome = await handlers.InvokeAsync(recorded, options.Clock.GetUtcNow(), ct).ConfigureAwait(false);
            if (outcome.Events.Count > 0)
            {
                throw new InvalidOperationException($"Event handlers append with Outcome.AndAppend; '{recorded.EventType}' returned Outcome.Events.");
            }

            var cause = MessageIds.Derive(recorded.EventId, name);
            var correlation = recorded.Metadata.CorrelationId ?? recorded.EventId.ToString();
            if (outcome.Appends.Count > 0)
            {
                var append = new AppendOptions { CommandId = cause, CausationId = recorded.EventId.ToString(), CorrelationId = correlation };
                await options.Store.AppendAsync(outcome.Appends, append, ct).ConfigureAwait(false);
            }

            envelopes.AddRange(options.Envelopes.FollowUps(outcome.Messages, cause, correlation));
        }

        return envelopes;
    }
}
