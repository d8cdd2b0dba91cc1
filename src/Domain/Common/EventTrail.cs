namespace EventAgents.Domain.Common;

/// <summary>
/// Collects the events of one decision while folding them into the state, so that later steps of
/// the same decision see the effect of the earlier ones.
/// </summary>
public sealed class EventTrail<TState, TEvent>(TState state, Func<TState, TEvent, TState> evolve)
    where TEvent : IDomainEvent
{
    private readonly List<TEvent> events = [];

    /// <summary>The state with every emitted event applied.</summary>
    public TState State { get; private set; } = state;

    /// <summary>The events emitted so far, in order.</summary>
    public IReadOnlyList<TEvent> Events => events;

    /// <summary>Records an event and applies it to <see cref="State"/>.</summary>
    public EventTrail<TState, TEvent> Emit(TEvent @event)
    {
        events.Add(@event);
        State = evolve(State, @event);
        return this;
    }

    /// <summary>Turns the emitted events into an accepted decision.</summary>
    public Decision<TEvent> ToDecision() => Decision<TEvent>.Accept(events);
}
