using System.Text.Json;
using System.Text.Json.Serialization;
using EventAgents.Domain.Common;

namespace EventAgents.Domain.Tests.Specs;

/// <summary>
/// Given(events) / When(command) / Then(events or error) for a decider. Events are compared by
/// their stored type name and JSON, so lists inside events compare by content.
/// </summary>
public sealed class DeciderSpec<TCommand, TEvent, TState>(
    Func<TCommand, TState, Decision<TEvent>> decide, Func<TState, TEvent, TState> evolve, TState initial)
    where TEvent : IDomainEvent
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };
    private readonly List<TEvent> history = [];
    private Decision<TEvent>? decision;

    /// <summary>The state after the given events (and, after When, the decided ones).</summary>
    public TState State { get; private set; } = initial;

    public DeciderSpec<TCommand, TEvent, TState> Given(params TEvent[] events)
    {
        foreach (var @event in events)
        {
            history.Add(@event);
            State = evolve(State, @event);
        }

        return this;
    }

    public DeciderSpec<TCommand, TEvent, TState> When(TCommand command)
    {
        decision = decide(command, State);
        foreach (var @event in decision.Events)
        {
            State = evolve(State, @event);
        }

        return this;
    }

    /// <summary>The events the last When decided.</summary>
    public IReadOnlyList<TEvent> Decided => Decision.Events;

    public DeciderSpec<TCommand, TEvent, TState> Then(params TEvent[] expected)
    {
        Assert.Null(Decision.Error);
        Assert.Equal(expected.Select(Describe).ToList(), Decision.Events.Select(Describe).ToList());
        return this;
    }

    public DeciderSpec<TCommand, TEvent, TState> ThenNothing() => Then();

    public DomainError ThenError(string code)
    {
        Assert.True(Decision.IsRefused, $"Expected error '{code}' but got events: {string.Join(", ", Decision.Events.Select(Describe))}");
        Assert.Equal(code, Decision.Error!.Code);
        Assert.Empty(Decision.Events);
        return Decision.Error;
    }

    /// <summary>Continues the story: what was decided becomes history.</summary>
    public DeciderSpec<TCommand, TEvent, TState> AndGiven(params TEvent[] events)
    {
        history.AddRange(Decision.Events);
        decision = null;
        return Given(events);
    }

    private Decision<TEvent> Decision => decision ?? throw new InvalidOperationException("Call When(command) first.");

    public static string Describe(TEvent @event) =>
        $"{DomainEventTypes.NameOf(@event)} {JsonSerializer.Serialize(@event, @event.GetType(), Json)}";
}
