using EventAgents.Domain.Common;
using EventAgents.Domain.Runs;

namespace EventAgents.Application.Runs.Commanding;

/// <summary>What a run command did: the events it appended (none for a repeat), the run's version, or why it was refused.</summary>
public sealed record RunCommandResult(IReadOnlyList<IRunEvent> Events, long Version, DomainError? Error)
{
    public bool IsRefused => Error is not null;
}
