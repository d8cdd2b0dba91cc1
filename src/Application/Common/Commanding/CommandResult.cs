using EventAgents.Domain.Common;

namespace EventAgents.Application.Common.Commanding;

/// <summary>What a command did.</summary>
/// <param name="Events">The events appended; empty when refused or when the command had already been carried out.</param>
/// <param name="Version">The stream's version after the command (the loaded version when nothing was appended).</param>
/// <param name="State">The aggregate's state after the command, so callers can answer without waiting for projections.</param>
/// <param name="Error">Why the command did not happen, or null.</param>
public sealed record CommandResult<TState, TEvent>(IReadOnlyList<TEvent> Events, long Version, TState State, CommandError? Error)
    where TEvent : IDomainEvent
{
    /// <summary>True when the command was carried out (possibly with no events, for a repeat).</summary>
    public bool Succeeded => Error is null;

    /// <summary>The same outcome with another error (used to refine a domain refusal, e.g. into a conflict).</summary>
    public CommandResult<TState, TEvent> WithError(CommandError error) => this with { Events = [], Error = error };

    internal static CommandResult<TState, TEvent> Failed(CommandError error, long version, TState state) => new([], version, state, error);
}
