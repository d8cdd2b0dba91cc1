using EventAgents.Application.Steps.Running;
using EventAgents.Platform.Messaging;

namespace EventAgents.Engine.Runs;

/// <summary>Turns an agent's reports into engine messages; the run's stream records them through the run decisions.</summary>
public sealed class EngineReportSink(MessageBus bus) : IAgentReportSink
{
    public Task OutputAsync(string runId, string stepId, int attempt, string text, CancellationToken ct) =>
        bus.SendAsync(new StepOutputReported(runId, stepId, attempt, text), ct);

    public Task ToolCalledAsync(string runId, string stepId, int attempt, string toolName, string argumentsJson, string resultSummary, CancellationToken ct) =>
        bus.SendAsync(new StepOutputReported(runId, stepId, attempt, $"[{toolName}] {argumentsJson} -> {resultSummary}"), ct);

    public Task CompletedAsync(string runId, string stepId, int attempt, string result, string outputJson, CancellationToken ct) =>
        bus.SendAsync(new StepResultReported(runId, stepId, attempt, result, outputJson), ct);

    public Task FailedAsync(string runId, string stepId, int attempt, string reason, CancellationToken ct) =>
        bus.SendAsync(new StepFailureReported(runId, stepId, attempt, reason), ct);
}
