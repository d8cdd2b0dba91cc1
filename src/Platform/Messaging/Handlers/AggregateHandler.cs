namespace EventAgents.Platform.Messaging;

/// <summary>
/// A handler over the state of one event stream: the platform loads the stream named by <see cref="StreamId"/>,
/// folds it with <see cref="Evolve"/>, calls <see cref="Handle"/>, and appends the returned
/// <see cref="Outcome.Events"/> at the version it loaded (reloading and deciding again on a conflict).
/// </summary>
public sealed record AggregateHandler<TMessage, TState>(
    Func<TMessage, string> StreamId,
    TState Initial,
    Func<TState, object, TState> Evolve,
    Func<TMessage, TState, MessageContext, Outcome> Handle)
{
    /// <summary>Decides with no store: folds <paramref name="history"/> and handles <paramref name="message"/> (for tests).</summary>
    public Outcome Given(IEnumerable<object> history, TMessage message, MessageContext context) =>
        Handle(message, history.Aggregate(Initial, Evolve), context);
}
