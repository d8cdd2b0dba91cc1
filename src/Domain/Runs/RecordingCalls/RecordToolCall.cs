using EventAgents.Domain.Common;

namespace EventAgents.Domain.Runs;

/// <summary>One tool call of the agent, as the agent reports it (arguments and result capped and redacted by the agent).</summary>
/// <param name="Sequence">1-based number of the call within the attempt; a repeated number is a redelivery (0: not numbered, always recorded).</param>
/// <param name="Tool">The tool's name.</param>
/// <param name="Arguments">The arguments as JSON.</param>
/// <param name="Result">What the tool returned, or why it refused.</param>
/// <param name="IsError">True when the tool refused or failed.</param>
/// <param name="DurationMs">How long the call took.</param>
public sealed record ToolCallRecord(int Sequence, string Tool, string Arguments, string Result, bool IsError, long DurationMs);

/// <summary>Records a tool call of the running attempt.</summary>
public sealed record RecordToolCall(string RunId, string StepId, int Attempt, ToolCallRecord Call, DateTimeOffset At) : IStepCommand;

/// <summary>The agent called a tool.</summary>
public sealed record StepToolCalled(
    string RunId, string StepId, int Attempt, int Sequence, string Tool, string Arguments, string Result, bool IsError, long DurationMs, DateTimeOffset At) : IRunEvent;

/// <summary>Decides <see cref="RecordToolCall"/>.</summary>
public static class RecordingToolCall
{
    /// <summary>Records the call once; a call of an older attempt or a settled step changes nothing.</summary>
    public static Decision<IRunEvent> Decide(RecordToolCall command, Run state)
    {
        if (CallGuard.Check(state, command.StepId, command.Attempt, out var progress) is { } early)
        {
            return early;
        }

        var call = command.Call;
        return call.Sequence > 0 && progress.ToolCalls.Contains(call.Sequence)
            ? Decision<IRunEvent>.Nothing
            : Decision<IRunEvent>.Accept(new StepToolCalled(
                state.Id, command.StepId, command.Attempt, call.Sequence, call.Tool, call.Arguments, call.Result, call.IsError, call.DurationMs, command.At));
    }
}
