using EventAgents.Domain.Runs;

namespace EventAgents.GraphQL.Runs;

/// <summary>One event of a run with the run's and the step's state right after it.</summary>
public sealed record RunChange(
    string RunId, long Version, long Position, string Type, DateTimeOffset At, RunStatus RunStatus, string? StepId, StepProgress? Step,
    string? Output, string? Result, string DataJson);
