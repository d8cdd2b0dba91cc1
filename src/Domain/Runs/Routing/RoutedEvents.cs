namespace EventAgents.Domain.Runs;

/// <summary>A step is ready for the engine to start. Counts the transition from <paramref name="FromStepId"/> when given.</summary>
/// <param name="RunId">The run.</param>
/// <param name="StepId">The step to start.</param>
/// <param name="Attempt">The step's attempt number within the run.</param>
/// <param name="Iteration">1-based loop iteration (1 when the step does not loop).</param>
/// <param name="Item">The loop item this iteration works on, when looping over a list.</param>
/// <param name="FromStepId">The step whose result led here; null for iterations, branches and the first step.</param>
/// <param name="At">When the step was queued.</param>
public sealed record StepQueued(string RunId, string StepId, int Attempt, int Iteration, string? Item, string? FromStepId, DateTimeOffset At) : IRunEvent;

/// <summary>A step that loops over a list was reached; <paramref name="Items"/> is the list it will iterate.</summary>
public sealed record LoopStarted(string RunId, string StepId, IReadOnlyList<string> Items, string? FromStepId, DateTimeOffset At) : IRunEvent;

/// <summary>A parallel step was reached; its branches are queued next.</summary>
public sealed record ParallelStarted(string RunId, string StepId, int Attempt, IReadOnlyList<string> Branches, string? FromStepId, DateTimeOffset At) : IRunEvent;

/// <summary>A council step was reached; <paramref name="Members"/> are its members' step ids, queued next.</summary>
public sealed record CouncilConvened(string RunId, string StepId, int Attempt, IReadOnlyList<string> Members, string? FromStepId, DateTimeOffset At) : IRunEvent;

/// <summary>A step was passed over without executing it.</summary>
public sealed record StepSkipped(string RunId, string StepId, string Reason, DateTimeOffset At) : IRunEvent;

/// <summary>The run reached the end of its pipeline.</summary>
public sealed record RunCompleted(string RunId, DateTimeOffset At) : IRunEvent
{
    /// <summary>The board task the run worked, if an agent's pulse started it: board work wraps that task up.</summary>
    public TaskWork? Task { get; init; }
}
