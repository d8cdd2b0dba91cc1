using EventAgents.AgentHost.Reporting;

namespace EventAgents.AgentHost.Secrets;

/// <summary>Passes every report on with the secrets masked in all of its text: output, arguments, results, messages, reasons.</summary>
public sealed class RedactingReporter(IAgentReporter inner, Redactor redactor) : IAgentReporter
{
    /// <summary>The same reporter with another redactor (once every secret is known).</summary>
    public RedactingReporter With(Redactor other) => new(inner, other);

    /// <inheritdoc />
    public Task OutputAsync(string text, CancellationToken ct) => inner.OutputAsync(redactor.Redact(text), ct);

    /// <inheritdoc />
    public Task ToolCalledAsync(ToolCallReport call, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        return inner.ToolCalledAsync(call with { ArgumentsJson = redactor.Redact(call.ArgumentsJson), Result = redactor.Redact(call.Result) }, ct);
    }

    /// <inheritdoc />
    public Task ModelCalledAsync(ModelCallReport call, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        return inner.ModelCalledAsync(call with { MessagesInJson = redactor.Redact(call.MessagesInJson), MessagesOutJson = redactor.Redact(call.MessagesOutJson) }, ct);
    }

    /// <inheritdoc />
    public Task BudgetWarnedAsync(string limit, string message, CancellationToken ct) => inner.BudgetWarnedAsync(limit, redactor.Redact(message), ct);

    /// <inheritdoc />
    public Task CompletedAsync(string result, string outputJson, CancellationToken ct) =>
        inner.CompletedAsync(redactor.Redact(result), redactor.Redact(outputJson), ct);

    /// <inheritdoc />
    public Task FailedAsync(string reason, CancellationToken ct) => inner.FailedAsync(redactor.Redact(reason), ct);
}
