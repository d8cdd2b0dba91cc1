using EventAgents.Application.Steps.Running;
using EventAgents.Platform.Messaging;

namespace EventAgents.Engine.Runs;

/// <summary>
/// Turns an agent's reports into engine messages; the run's stream records them through the run decisions.
/// A report once received is enqueued even if the agent goes away meanwhile: the caller's token is not passed on,
/// so an aborted request never cuts an enqueue short (which would also leave its connection unusable).
/// </summary>
public sealed class EngineReportSink(MessageBus bus) : IAgentReportSink
{
    public Task OutputAsync(string runId, string stepId, int attempt, string text, CancellationToken ct) =>
        bus.SendAsync(new StepOutputReported(runId, stepId, attempt, text), CancellationToken.None);

    public Task ToolCalledAsync(string runId, string stepId, int attempt, string toolName, string argumentsJson, string resultSummary, CancellationToken ct) =>
        ToolCalledAsync(runId, stepId, attempt, new ToolCallReport(0, toolName, argumentsJson, resultSummary, IsError: false, DurationMs: 0), ct);

    public Task ToolCalledAsync(string runId, string stepId, int attempt, ToolCallReport call, CancellationToken ct) =>
        bus.SendAsync(new StepToolCallReported(runId, stepId, attempt, call), CancellationToken.None);

    public Task ModelCalledAsync(string runId, string stepId, int attempt, ModelCallReport call, CancellationToken ct) =>
        bus.SendAsync(new StepModelCallReported(runId, stepId, attempt, call), CancellationToken.None);

    public Task BudgetWarnedAsync(string runId, string stepId, int attempt, BudgetWarningReport warning, CancellationToken ct) =>
        bus.SendAsync(new StepBudgetWarningReported(runId, stepId, attempt, warning.Limit, warning.Message), CancellationToken.None);

    public Task CompletedAsync(string runId, string stepId, int attempt, string result, string outputJson, CancellationToken ct) =>
        bus.SendAsync(new StepResultReported(runId, stepId, attempt, result, outputJson), CancellationToken.None);

    public Task FailedAsync(string runId, string stepId, int attempt, string reason, CancellationToken ct) =>
        bus.SendAsync(new StepFailureReported(runId, stepId, attempt, reason), CancellationToken.None);
}
