namespace EventAgents.Domain.Common;

/// <summary>
/// The outcome of a decider: either the events that happen (possibly none, when the command was
/// already carried out) or the <see cref="DomainError"/> explaining why the command is refused.
/// </summary>
public sealed record Decision<TEvent>
    where TEvent : IDomainEvent
{
    private Decision(IReadOnlyList<TEvent> events, DomainError? error)
    {
        Events = events;
        Error = error;
    }

    /// <summary>The events to append, in order; empty for a refused or already-applied command.</summary>
    public IReadOnlyList<TEvent> Events { get; }

    /// <summary>Why the command was refused, or null when it was accepted.</summary>
    public DomainError? Error { get; }

    /// <summary>True when the command was refused.</summary>
    public bool IsRefused => Error is not null;

    /// <summary>A decision that nothing needs to happen (the command is a repeat).</summary>
    public static Decision<TEvent> Nothing { get; } = new([], null);

    /// <summary>Accepts the command with the given events.</summary>
    public static Decision<TEvent> Accept(params IEnumerable<TEvent> events) => new([.. events], null);

    /// <summary>Refuses the command.</summary>
    public static Decision<TEvent> Refuse(DomainError error) => new([], error);

    /// <summary>Refuses the command with a new error.</summary>
    public static Decision<TEvent> Refuse(string code, string message) => new([], new DomainError(code, message));

    /// <summary>Lets a decider return a <see cref="DomainError"/> directly.</summary>
    public static implicit operator Decision<TEvent>(DomainError error) => Refuse(error);
}
