namespace EventAgents.Application.Common.Commanding;

/// <summary>
/// How one kind of aggregate is stored: the stream an id lives in, the state before its first event, and how a
/// stored event folds into the state.
/// </summary>
/// <param name="StreamId">The stream of the aggregate with a given id, e.g. <c>project-42</c>.</param>
/// <param name="Initial">The state of an aggregate with no events.</param>
/// <param name="Evolve">
/// Folds one stored event into the state. Pass a static method: the event store caches folded states by the
/// method, so a lambda capturing variables would share a cache entry with other captures.
/// </param>
public sealed record AggregateStream<TState>(Func<string, string> StreamId, TState Initial, Func<TState, object, TState> Evolve);
