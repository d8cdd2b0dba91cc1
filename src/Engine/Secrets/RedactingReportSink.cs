using EventAgents.Application.Steps.Running;

namespace EventAgents.Engine.Secrets;

/// <summary>Redacts the server's known secrets from what agents and commands report before the engine records it.</summary>
public sealed class RedactingReportSink(IAgentReportSink inner, SecretRedactor redactor) : IAgentReportSink
{
    public Task OutputAsync(string runId, string stepId, int attempt, string text, CancellationToken ct) =>
        inner.OutputAsync(runId, stepId, attempt, redactor.Redact(text), ct);

    public Task ToolCalledAsync(string runId, string stepId, int attempt, string toolName, string argumentsJson, string resultSummary, CancellationToken ct) =>
        inner.ToolCalledAsync(runId, stepId, attempt, toolName, redactor.Redact(argumentsJson), redactor.Redact(resultSummary), ct);

    public Task ToolCalledAsync(string runId, string stepId, int attempt, ToolCallReport call, CancellationToken ct) =>
        inner.ToolCalledAsync(runId, stepId, attempt, call with { ArgumentsJson = redactor.Redact(call.ArgumentsJson), Result = redactor.Redact(call.Result) }, ct);

    public Task ModelCalledAsync(string runId, string stepId, int attempt, ModelCallReport call, CancellationToken ct) =>
        inner.ModelCalledAsync(runId, stepId, attempt, call with { MessagesInJson = redactor.Redact(call.MessagesInJson), MessagesOutJson = redactor.Redact(call.MessagesOutJson) }, ct);

    public Task BudgetWarnedAsync(string runId, string stepId, int attempt, BudgetWarningReport warning, CancellationToken ct) =>
        inner.BudgetWarnedAsync(runId, stepId, attempt, warning, ct);

    public Task CompletedAsync(string runId, string stepId, int attempt, string result, string outputJson, CancellationToken ct) =>
        inner.CompletedAsync(runId, stepId, attempt, result, redactor.Redact(outputJson), ct);

    public Task FailedAsync(string runId, string stepId, int attempt, string reason, CancellationToken ct) =>
        inner.FailedAsync(runId, stepId, attempt, redactor.Redact(reason), ct);
}
