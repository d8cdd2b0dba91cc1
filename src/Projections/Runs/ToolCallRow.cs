namespace EventAgents.Projections.Runs;

/// <summary>One tool call of a step attempt.</summary>
public sealed record ToolCallRow(
    string RunId, string StepId, int Attempt, int Sequence, long Seq, string Tool, string Arguments, string Result, bool IsError, long DurationMs, DateTimeOffset At) : ISequenced;
