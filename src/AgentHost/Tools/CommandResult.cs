using System.Globalization;

namespace EventAgents.AgentHost.Tools;

/// <summary>How a shell command ended and what it printed (standard output and error, interleaved, capped).</summary>
/// <param name="ExitCode">The exit code; null when it was killed for its timeout.</param>
/// <param name="Output">What it printed.</param>
/// <param name="TimedOut">True when it ran past its timeout and was killed.</param>
public sealed record CommandResult(int? ExitCode, string Output, bool TimedOut)
{
    /// <summary>The text the model reads.</summary>
    public string Describe(TimeSpan timeout) => TimedOut
        ? string.Create(CultureInfo.InvariantCulture, $"Timed out after {timeout.TotalSeconds:0.#}s and was killed.\n{Output}")
        : string.Create(CultureInfo.InvariantCulture, $"Exit code {ExitCode}.\n{Output}");
}
