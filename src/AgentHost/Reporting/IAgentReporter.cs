namespace EventAgents.AgentHost.Reporting;

/// <summary>Where the agent sends what it does on its step: to the server's API, or to a test's recorder.</summary>
public interface IAgentReporter
{
    /// <summary>A chunk of output text.</summary>
    Task OutputAsync(string text, CancellationToken ct);

    /// <summary>A tool call with its arguments, result, error flag and duration.</summary>
    Task ToolCalledAsync(ToolCallReport call, CancellationToken ct);

    /// <summary>A model call with its messages, tokens and cost.</summary>
    Task ModelCalledAsync(ModelCallReport call, CancellationToken ct);

    /// <summary>The attempt used 80% of one of its limits.</summary>
    Task BudgetWarnedAsync(string limit, string message, CancellationToken ct);

    /// <summary>The step was completed with a result and its output as JSON.</summary>
    Task CompletedAsync(string result, string outputJson, CancellationToken ct);

    /// <summary>The agent could not complete the step.</summary>
    Task FailedAsync(string reason, CancellationToken ct);
}
