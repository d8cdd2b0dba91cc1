using EventAgents.Platform.EventStore;

namespace EventAgents.Platform.Messaging;

/// <summary>
/// Handlers of events, one per event type, each a function from the event to the <see cref="Outcome"/> that follows.
/// Events are matched by their stable type name, so events nobody handles are never deserialized.
/// </summary>
public sealed class EventHandlers(EventTypeRegistry types)
{
    private readonly Dictionary<string, Func<object, EventContext, CancellationToken, Task<Outcome>>> _handlers = new(StringComparer.Ordinal);

    public EventHandlers On<TEvent>(Func<TEvent, EventContext, Outcome> handle) =>
        On<TEvent>((e, context, _) => Task.FromResult(handle(e, context)));

    public EventHandlers On<TEvent>(Func<TEvent, EventContext, CancellationToken, Task<Outcome>> handle)
    {
        var name = types.NameOf(typeof(TEvent));
        if (!_handlers.TryAdd(name, (e, context, ct) => handle((TEvent)e, context, ct)))
        {
            throw new ArgumentException($"Event type '{name}' already has a handler.", nameof(handle));
        }

        return this;
    }

    public bool Handles(string eventType) => _handlers.ContainsKey(eventType);

    /// <summary>Calls the handler of a recorded event, or returns <see cref="Outcome.None"/> when there is none.</summary>
    public Task<Outcome> InvokeAsync(RecordedEvent recorded, DateTimeOffset now, CancellationToken ct = default) =>
        _handlers.TryGetValue(recorded.EventType, out var handle)
            ? handle(recorded.Data, EventContext.For(recorded, now), ct)
            : Task.FromResult(Outcome.None);
}
