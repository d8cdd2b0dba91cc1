using Microsoft.Extensions.Logging;

namespace EventAgents.Engine.Runners;

/// <summary>The step runners' log messages (local process and container); none carries a token or the step configuration.</summary>
internal static partial class StepRunnerLog
{
    [LoggerMessage(1, LogLevel.Information, "Started the agent of run {RunId} step {StepId} attempt {Attempt} as process {ProcessId}")]
    public static partial void StartedAsProcess(ILogger logger, string runId, string stepId, int attempt, int processId);

    [LoggerMessage(2, LogLevel.Information, "Stopped the agent of run {RunId} step {StepId} attempt {Attempt}")]
    public static partial void Stopped(ILogger logger, string runId, string stepId, int attempt);

    [LoggerMessage(3, LogLevel.Warning, "The agent of run {RunId} step {StepId} attempt {Attempt} ended: {Reason}")]
    public static partial void Ended(ILogger logger, string runId, string stepId, int attempt, string reason);

    [LoggerMessage(4, LogLevel.Debug, "Agent of run {RunId} step {StepId}: {Line}")]
    public static partial void AgentLine(ILogger logger, string runId, string stepId, string line);

    [LoggerMessage(5, LogLevel.Error, "Could not report the end of the agent of run {RunId} step {StepId}")]
    public static partial void ReportFailed(ILogger logger, Exception exception, string runId, string stepId);

    [LoggerMessage(6, LogLevel.Information, "Started the agent of run {RunId} step {StepId} attempt {Attempt} in container {ContainerId}")]
    public static partial void StartedInContainer(ILogger logger, string runId, string stepId, int attempt, string containerId);

    [LoggerMessage(7, LogLevel.Warning, "The container {ContainerId} of run {RunId} step {StepId} could not be cleaned up")]
    public static partial void CleanupFailed(ILogger logger, Exception exception, string containerId, string runId, string stepId);

    [LoggerMessage(8, LogLevel.Information, "Reconciliation removed container {ContainerId} of run {RunId} step {StepId} attempt {Attempt}")]
    public static partial void Removed(ILogger logger, string containerId, string runId, string stepId, int attempt);

    [LoggerMessage(9, LogLevel.Information, "Reconciliation adopted the running container {ContainerId} of run {RunId} step {StepId} attempt {Attempt}")]
    public static partial void Adopted(ILogger logger, string containerId, string runId, string stepId, int attempt);
}
