using EventAgents.Domain.Runs;

namespace EventAgents.Projections.Runs;

/// <summary>A run as the run list shows it.</summary>
public sealed record RunRow(
    string RunId, long Seq, string ProjectId, string PipelineId, int PipelineVersion, RunStatus Status, string RequestedBy,
    string InputsJson, DateTimeOffset RequestedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? CurrentStep,
    string? Reason, long Version, DateTimeOffset UpdatedAt, string? TaskBoardId, string? TaskId, string? AgentId) : ISequenced;

/// <summary>One step of a run with its latest state.</summary>
public sealed record RunStepRow(
    string RunId, string StepId, long Seq, StepStatus Status, int Attempt, int Iteration, int Retries, string? Item,
    DateTimeOffset? QueuedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, DateTimeOffset? DueAt, string? Result, string? Output,
    int Tokens, decimal CostUsd, string? Reason, long Version) : ISequenced
{
    /// <summary>The question the step's running attempt waits on a person to answer.</summary>
    public PendingQuestionRow? Question { get; init; }
}

/// <summary>Which runs a list shows.</summary>
public sealed record RunFilter(RunStatus? Status = null, string? ProjectId = null, string? PipelineId = null, string? AgentId = null);
