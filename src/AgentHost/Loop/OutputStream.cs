using System.Text;
using EventAgents.AgentHost.Reporting;

namespace EventAgents.AgentHost.Loop;

/// <summary>Reports the model's text as it streams in: whole lines once enough has gathered, the rest when the answer ends.</summary>
internal sealed class OutputStream(IAgentReporter reporter)
{
    private const int FlushChars = 256;
    private readonly StringBuilder pending = new();

    public async Task AppendAsync(string text, CancellationToken ct)
    {
        pending.Append(text);
        if (pending.Length < FlushChars)
        {
            return;
        }

        var end = pending.ToString().LastIndexOf('\n');
        if (end >= 0)
        {
            var lines = pending.ToString(0, end + 1);
            pending.Remove(0, end + 1);
            await reporter.OutputAsync(lines, ct).ConfigureAwait(false);
        }
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        if (pending.Length > 0)
        {
            var rest = pending.ToString();
            pending.Clear();
            await reporter.OutputAsync(rest, ct).ConfigureAwait(false);
        }
    }
}
