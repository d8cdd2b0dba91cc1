using EventAgents.Application.Steps.Running;

namespace EventAgents.Engine.Runs;

/// <summary>A queued or retrying attempt is due to start (sent at once, or scheduled for a retry's due time).</summary>
public sealed record StepDue(string RunId, string StepId, int Attempt);

/// <summary>A running attempt reached its deadline.</summary>
public sealed record StepDeadlineReached(string RunId, string StepId, int Attempt);

/// <summary>Start the work of a started attempt: an agent process, or a command in the workspace.</summary>
public sealed record LaunchStep(string RunId, string StepId, int Attempt);

/// <summary>
/// Stop whatever executes a step of a run (a timeout, a budget overrun, a skip): <paramref name="Attempt"/> when the stop is
/// about one attempt, null for the step's current one. A later attempt already running is left alone.
/// </summary>
public sealed record StopStep(string RunId, string StepId, int? Attempt = null);

/// <summary>An attempt finished with a result, as reported by its agent or command.</summary>
public sealed record StepResultReported(string RunId, string StepId, int Attempt, string Result, string? Output);

/// <summary>An attempt failed, as reported by its agent, its command or its runner.</summary>
public sealed record StepFailureReported(string RunId, string StepId, int Attempt, string Reason);

/// <summary>An attempt produced output.</summary>
public sealed record StepOutputReported(string RunId, string StepId, int Attempt, string Output);

/// <summary>An attempt's agent called its model.</summary>
public sealed record StepModelCallReported(string RunId, string StepId, int Attempt, ModelCallReport Call);

/// <summary>An attempt's agent called a tool.</summary>
public sealed record StepToolCallReported(string RunId, string StepId, int Attempt, ToolCallReport Call);

/// <summary>An attempt's agent used 80% of one of its limits.</summary>
public sealed record StepBudgetWarningReported(string RunId, string StepId, int Attempt, string Limit, string Message);

/// <summary>Stop every executing step of a run that ended (cancelled, failed).</summary>
public sealed record StopRun(string RunId);

/// <summary>A paused run was resumed: start the attempts that became due meanwhile.</summary>
public sealed record ResumeSteps(string RunId);
