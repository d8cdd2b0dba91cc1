namespace EventAgents.Domain.Common;

/// <summary>
/// A fact that happened in the domain. Every event is an immutable positional record named in the
/// past tense and registered in <see cref="DomainEventTypes"/> under a stable versioned name.
/// </summary>
public interface IDomainEvent
{
    /// <summary>When the fact happened, as given by the command that caused it.</summary>
    DateTimeOffset At { get; }
}
