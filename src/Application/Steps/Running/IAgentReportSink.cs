namespace EventAgents.Application.Steps.Running;

/// <summary>What the server does with the reports an agent sends about its attempt of a step.</summary>
public interface IAgentReportSink
{
    /// <summary>The agent produced a chunk of output text.</summary>
    Task OutputAsync(string runId, string stepId, int attempt, string text, CancellationToken ct);

    /// <summary>The agent called a tool; <paramref name="argumentsJson"/> is the JSON of its arguments.</summary>
    Task ToolCalledAsync(string runId, string stepId, int attempt, string toolName, string argumentsJson, string resultSummary, CancellationToken ct);

    /// <summary>The agent completed the attempt with a result (such as <c>pass</c> or <c>fail</c>) and its output as JSON.</summary>
    Task CompletedAsync(string runId, string stepId, int attempt, string result, string outputJson, CancellationToken ct);

    /// <summary>The attempt failed: the agent gave up, crashed, was killed or timed out.</summary>
    Task FailedAsync(string runId, string stepId, int attempt, string reason, CancellationToken ct);
}
