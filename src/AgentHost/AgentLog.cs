using EventAgents.AgentHost.Secrets;

namespace EventAgents.AgentHost;

/// <summary>The agent's own messages (to standard error), with every secret it knows masked.</summary>
internal sealed class AgentLog(TextWriter error, Redactor redactor)
{
    public Redactor Redactor { get; set; } = redactor;

    public Task WriteAsync(string message) => error.WriteLineAsync(Redactor.Redact($"eventagents-agent: {message}"));
}
