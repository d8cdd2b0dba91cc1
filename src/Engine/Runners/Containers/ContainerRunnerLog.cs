using Microsoft.Extensions.Logging;

namespace EventAgents.Engine.Runners.Containers;

/// <summary>The container runner's log messages; none carries a token or the step configuration.</summary>
internal static partial class ContainerRunnerLog
{
    [LoggerMessage(1, LogLevel.Information, "Started the agent of run {RunId} step {StepId} attempt {Attempt} in container {ContainerId}")]
    public static partial void Started(ILogger logger, string runId, string stepId, int attempt, string containerId);

    [LoggerMessage(2, LogLevel.Information, "Stopped the agent of run {RunId} step {StepId} attempt {Attempt}")]
    public static partial void Stopped(ILogger logger, string runId, string stepId, int attempt);

    [LoggerMessage(3, LogLevel.Warning, "The agent of run {RunId} step {StepId} attempt {Attempt} ended: {Reason}")]
    public static partial void Ended(ILogger logger, string runId, string stepId, int attempt, string reason);

    [LoggerMessage(4, LogLevel.Error, "Could not report the end of the agent of run {RunId} step {StepId}")]
    public static partial void ReportFailed(ILogger logger, Exception exception, string runId, string stepId);

    [LoggerMessage(5, LogLevel.Warning, "The container {ContainerId} of run {RunId} step {StepId} could not be cleaned up")]
    public static partial void CleanupFailed(ILogger logger, Exception exception, string containerId, string runId, string stepId);

    [LoggerMessage(6, LogLevel.Information, "Reconciliation removed container {ContainerId} of run {RunId} step {StepId} attempt {Attempt}")]
    public static partial void Removed(ILogger logger, string containerId, string runId, string stepId, int attempt);

    [LoggerMessage(7, LogLevel.Information, "Reconciliation adopted the running container {ContainerId} of run {RunId} step {StepId} attempt {Attempt}")]
    public static partial void Adopted(ILogger logger, string containerId, string runId, string stepId, int attempt);
}
