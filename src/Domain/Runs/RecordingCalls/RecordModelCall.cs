using EventAgents.Domain.Common;

namespace EventAgents.Domain.Runs;

/// <summary>One call of the agent to its model, as the agent reports it (messages capped and redacted by the agent).</summary>
/// <param name="Sequence">1-based number of the call within the attempt; a repeated number is a redelivery (0: not numbered, always recorded).</param>
/// <param name="Model">The model as <c>provider/model</c>.</param>
/// <param name="MessagesIn">The messages sent, as JSON.</param>
/// <param name="MessagesOut">The messages received, as JSON.</param>
/// <param name="InputTokens">Input tokens, cached ones included.</param>
/// <param name="CachedInputTokens">Input tokens read from the provider's cache.</param>
/// <param name="OutputTokens">Output tokens.</param>
/// <param name="CostUsd">The cost in US dollars; null when the model has no price.</param>
/// <param name="DurationMs">How long the call took.</param>
public sealed record ModelCallRecord(
    int Sequence, string Model, string MessagesIn, string MessagesOut, long InputTokens, long CachedInputTokens, long OutputTokens, decimal? CostUsd, long DurationMs);

/// <summary>Records a model call of the running attempt and adds its tokens and cost to the attempt's usage.</summary>
public sealed record RecordModelCall(string RunId, string StepId, int Attempt, ModelCallRecord Call, DateTimeOffset At) : IStepCommand;

/// <summary>The agent called its model; <paramref name="Usage"/> is the attempt's usage with this call included.</summary>
public sealed record StepModelCalled(
    string RunId, string StepId, int Attempt, int Sequence, string Model, string MessagesIn, string MessagesOut,
    long InputTokens, long CachedInputTokens, long OutputTokens, decimal? CostUsd, long DurationMs, StepUsage Usage, DateTimeOffset At) : IRunEvent;

/// <summary>Decides <see cref="RecordModelCall"/>.</summary>
public static class RecordingModelCall
{
    /// <summary>
    /// Records the call once; a call of an older attempt or a settled step changes nothing. A call that takes the running
    /// attempt past its step's budget stops it, whatever the agent's own budget manager does.
    /// </summary>
    public static Decision<IRunEvent> Decide(RecordModelCall command, Run state)
    {
        if (CallGuard.Check(state, command.StepId, command.Attempt, out var progress) is { } early)
        {
            return early;
        }

        var call = command.Call;
        if (call.Sequence > 0 && progress.ModelCalls.Contains(call.Sequence))
        {
            return Decision<IRunEvent>.Nothing;
        }

        var tokens = (int)Math.Min(int.MaxValue, progress.Usage.Tokens + call.InputTokens + call.OutputTokens);
        var usage = new StepUsage(tokens, progress.Usage.CostUsd + (call.CostUsd ?? 0m));
        var trail = RunRouter.Trail(state).Emit(new StepModelCalled(
            state.Id, command.StepId, command.Attempt, call.Sequence, call.Model, call.MessagesIn, call.MessagesOut,
            call.InputTokens, call.CachedInputTokens, call.OutputTokens, call.CostUsd, call.DurationMs, usage, command.At));
        if (!state.Status.IsFinished() && state.Status != RunStatus.None)
        {
            BudgetOverrun.Enforce(trail, state.Definition.FindStep(command.StepId)!, command.Attempt, usage, command.At);
        }

        return trail.ToDecision();
    }
}
