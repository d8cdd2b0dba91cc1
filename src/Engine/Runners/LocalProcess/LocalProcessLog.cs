using Microsoft.Extensions.Logging;

namespace EventAgents.Engine.Runners.LocalProcess;

/// <summary>The runner's log messages; none of them carries a token or the step configuration.</summary>
internal static partial class LocalProcessLog
{
    [LoggerMessage(1, LogLevel.Information, "Started the agent of run {RunId} step {StepId} attempt {Attempt} as process {ProcessId}")]
    public static partial void Started(ILogger logger, string runId, string stepId, int attempt, int processId);

    [LoggerMessage(2, LogLevel.Information, "Stopped the agent of run {RunId} step {StepId} attempt {Attempt}")]
    public static partial void Stopped(ILogger logger, string runId, string stepId, int attempt);

    [LoggerMessage(3, LogLevel.Warning, "The agent of run {RunId} step {StepId} attempt {Attempt} ended: {Reason}")]
    public static partial void Ended(ILogger logger, string runId, string stepId, int attempt, string reason);

    [LoggerMessage(4, LogLevel.Debug, "Agent of run {RunId} step {StepId}: {Line}")]
    public static partial void AgentLine(ILogger logger, string runId, string stepId, string line);

    [LoggerMessage(5, LogLevel.Error, "Could not report the end of the agent of run {RunId} step {StepId}")]
    public static partial void ReportFailed(ILogger logger, Exception exception, string runId, string stepId);
}
