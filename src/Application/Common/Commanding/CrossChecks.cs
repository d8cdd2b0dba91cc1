using EventAgents.Domain.Common;

namespace EventAgents.Application.Common.Commanding;

/// <summary>Combines a decider with a check on another aggregate that the handler loaded beforehand.</summary>
public static class CrossChecks
{
    /// <summary>
    /// The decider's refusal if it refuses, otherwise <paramref name="crossCheck"/>'s error if there is one, otherwise
    /// the decider's events. The other aggregate is read before the decision, not locked: use this only for facts
    /// that do not change back (an agent exists, a board belongs to a project).
    /// </summary>
    public static Decision<TEvent> Then<TEvent>(this Decision<TEvent> decision, DomainError? crossCheck)
        where TEvent : IDomainEvent =>
        decision.IsRefused || crossCheck is null || decision.Events.Count == 0 ? decision : Decision<TEvent>.Refuse(crossCheck);
}
