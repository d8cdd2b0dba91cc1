using EventAgents.Application.Runs;
using EventAgents.Application.Steps.Running;
using EventAgents.Domain.Common;
using EventAgents.Domain.Runs;
using EventAgents.Platform.Messaging;

namespace EventAgents.Engine.Runs;

/// <summary>
/// The engine's messages that change a run, as aggregate handlers: the platform loads the run's stream, the domain
/// decides, the platform appends. A refused command changes nothing (a late or repeated report, a paused run).
/// </summary>
public static class RunDecisions
{
    public static HandlerRegistry AddRunDecisions(this HandlerRegistry handlers) => handlers
        .Handle(For<StepDue>(m => m.RunId, (m, at) => new StartStep(m.RunId, m.StepId, m.Attempt, at)))
        .Handle(For<StepDeadlineReached>(m => m.RunId, (m, at) => new TimeOutStep(m.RunId, m.StepId, m.Attempt, at)))
        .Handle(For<StepResultReported>(m => m.RunId, (m, at) => new CompleteStep(m.RunId, m.StepId, m.Attempt, m.Result, at), RecordOutputFirst))
        .Handle(For<StepFailureReported>(m => m.RunId, (m, at) => new FailStep(m.RunId, m.StepId, m.Attempt, m.Reason, at)))
        .Handle(For<StepOutputReported>(m => m.RunId, (m, state, at) => new RecordStepOutput(m.RunId, m.StepId, m.Attempt, m.Output, state.Step(m.StepId).Usage, at)))
        .Handle(For<StepModelCallReported>(m => m.RunId, (m, at) => new RecordModelCall(m.RunId, m.StepId, m.Attempt, ModelCall(m.Call), at)))
        .Handle(For<StepToolCallReported>(m => m.RunId, (m, at) => new RecordToolCall(m.RunId, m.StepId, m.Attempt, ToolCall(m.Call), at)))
        .Handle(For<StepBudgetWarningReported>(m => m.RunId, (m, at) => new WarnBudget(m.RunId, m.StepId, m.Attempt, m.Limit, m.Message, at)));

    private static ModelCallRecord ModelCall(ModelCallReport call) => new(
        call.Sequence, call.Model, call.MessagesInJson, call.MessagesOutJson, call.InputTokens, call.CachedInputTokens, call.OutputTokens, call.CostUsd, call.DurationMs);

    private static ToolCallRecord ToolCall(ToolCallReport call) =>
        new(call.Sequence, call.Tool, call.ArgumentsJson, call.Result, call.IsError, call.DurationMs);

    private static AggregateHandler<TMessage, Run> For<TMessage>(
        Func<TMessage, string> runId,
        Func<TMessage, DateTimeOffset, IRunCommand> command,
        Func<TMessage, Run, DateTimeOffset, IReadOnlyList<IRunEvent>>? before = null) =>
        For(runId, (m, _, at) => command(m, at), before);

    private static AggregateHandler<TMessage, Run> For<TMessage>(
        Func<TMessage, string> runId,
        Func<TMessage, Run, DateTimeOffset, IRunCommand> command,
        Func<TMessage, Run, DateTimeOffset, IReadOnlyList<IRunEvent>>? before = null) =>
        new(m => RunStreams.Id(runId(m)), Run.Initial, RunStreams.Evolve, (message, state, context) =>
        {
            var earlier = before?.Invoke(message, state, context.Now) ?? [];
            foreach (var e in earlier)
            {
                state = RunDecider.Evolve(state, e);
            }

            var decision = RunDecider.Decide(command(message, state, context.Now), state);
            foreach (var e in decision.Events)
            {
                state = RunDecider.Evolve(state, e);
            }

            return Outcome.Emit([.. earlier, .. decision.Events, .. StartQueuedSteps(state, decision.Events, context.Now)]);
        });

    /// <summary>
    /// Steps that a decision queued are started in the same append, as the StepDue message the reactor sends for
    /// them would start them: the handoff costs no queue round trip, and that message then finds them started.
    /// </summary>
    private static List<IRunEvent> StartQueuedSteps(Run state, IReadOnlyList<IRunEvent> decided, DateTimeOffset now)
    {
        var started = new List<IRunEvent>();
        foreach (var queued in decided.OfType<StepQueued>())
        {
            var decision = RunDecider.Decide(new StartStep(queued.RunId, queued.StepId, queued.Attempt, now), state);
            foreach (var e in decision.Events)
            {
                state = RunDecider.Evolve(state, e);
                started.Add(e);
            }
        }

        return started;
    }

    /// <summary>A completion carries the step's final output: record it before the completion routes on.</summary>
    private static IReadOnlyList<IRunEvent> RecordOutputFirst(StepResultReported message, Run state, DateTimeOffset at) =>
        message.Output is null
            ? []
            : RunDecider.Decide(new RecordStepOutput(message.RunId, message.StepId, message.Attempt, message.Output, state.Step(message.StepId).Usage, at), state).Events;
}
