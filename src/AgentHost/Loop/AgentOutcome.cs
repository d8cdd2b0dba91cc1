using EventAgents.AgentHost.Tools;

namespace EventAgents.AgentHost.Loop;

/// <summary>How the agent's work on a step ended: completed (whatever the result) or failed with a reason.</summary>
/// <param name="Completion">The completion, when the agent called <c>complete_step</c>.</param>
/// <param name="FailureReason">Why the agent failed, otherwise.</param>
public sealed record AgentOutcome(StepCompletion? Completion, string? FailureReason)
{
    /// <summary>The process exit code: 0 on completion, 1 on failure.</summary>
    public int ExitCode => Completion is null ? 1 : 0;

    /// <summary>A completed step.</summary>
    public static AgentOutcome Completed(StepCompletion completion) => new(completion, null);

    /// <summary>A failed step.</summary>
    public static AgentOutcome Failed(string reason) => new(null, reason);
}
