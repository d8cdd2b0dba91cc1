using System.Collections.Immutable;

namespace EventAgents.Domain.Runs;

/// <summary>The latest state of one step in a run.</summary>
/// <param name="StepId">The step.</param>
/// <param name="Status">Where the step is.</param>
/// <param name="Attempt">How many times the step has been executed in this run, counting retries and iterations.</param>
/// <param name="Retries">Retries used since the step was last queued.</param>
/// <param name="Iteration">1-based iteration when the step loops.</param>
/// <param name="LoopItems">The list a loop over a list iterates.</param>
/// <param name="Output">Latest output recorded.</param>
/// <param name="Usage">What the current attempt has spent.</param>
/// <param name="Result">Result of the latest completion (<c>error</c> after a final failure).</param>
/// <param name="DueAt">When a retry is due, or when a running attempt or gate times out.</param>
/// <param name="Reason">Why the step last failed, was skipped or how a gate was decided.</param>
public sealed record StepProgress(
    string StepId,
    StepStatus Status,
    int Attempt,
    int Retries,
    int Iteration,
    ImmutableList<string> LoopItems,
    string? Output,
    StepUsage Usage,
    string? Result,
    DateTimeOffset? DueAt,
    string? Reason)
{
    /// <summary>A step that has never been queued.</summary>
    public static StepProgress NotQueued(string stepId) =>
        new(stepId, StepStatus.Queued, 0, 0, 0, [], null, StepUsage.None, null, null, null);

    /// <summary>Sequence numbers of the current attempt's recorded model calls.</summary>
    public ImmutableHashSet<int> ModelCalls { get; init; } = [];

    /// <summary>Sequence numbers of the current attempt's recorded tool calls.</summary>
    public ImmutableHashSet<int> ToolCalls { get; init; } = [];

    /// <summary>The limits the current attempt has been warned about.</summary>
    public ImmutableHashSet<string> BudgetWarnings { get; init; } = [];

    /// <summary>The question the current attempt's agent waits on a person to answer.</summary>
    public StepQuestion? Question { get; init; }

    /// <summary>The answers the current attempt's agent was given, by question id.</summary>
    public ImmutableDictionary<string, StepAnswer> Answers { get; init; } = ImmutableDictionary<string, StepAnswer>.Empty;

    /// <summary>This progress with the records of the previous attempt forgotten.</summary>
    public StepProgress ForNewAttempt() => this with
    {
        Usage = StepUsage.None, ModelCalls = [], ToolCalls = [], BudgetWarnings = [], Question = null, Answers = ImmutableDictionary<string, StepAnswer>.Empty,
    };
}

/// <summary>Tokens and money an attempt has spent.</summary>
public sealed record StepUsage(int Tokens, decimal CostUsd)
{
    /// <summary>Nothing spent.</summary>
    public static StepUsage None { get; } = new(0, 0m);
}
