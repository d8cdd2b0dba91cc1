using EventAgents.Platform.EventStore;

namespace EventAgents.Platform.Messaging;

/// <summary>Runs an <see cref="AggregateHandler{TMessage, TState}"/>: load, decide, and name the append that follows.</summary>
internal sealed class StreamStateHandler<TMessage, TState>(AggregateHandler<TMessage, TState> handler) : IMessageHandler
{
    public async Task<HandledMessage> HandleAsync(object message, MessageContext context, EventStore.EventStore? store, CancellationToken ct)
    {
        if (store is null)
        {
            throw new InvalidOperationException($"The handler of {typeof(TMessage).Name} loads stream state, but no event store was configured.");
        }

        var typed = (TMessage)message;
        var streamId = handler.StreamId(typed);
        var loaded = await store.LoadAsync(streamId, handler.Initial, handler.Evolve, ct: ct).ConfigureAwait(false);
        var outcome = handler.Handle(typed, loaded.State, context);
        if (outcome.Events.Count == 0)
        {
            return new HandledMessage(outcome, outcome.Appends);
        }

        var own = new StreamAppend(streamId, ExpectedVersion.Exact(loaded.Version), outcome.Events);
        return new HandledMessage(outcome, [own, .. outcome.Appends]);
    }
}
