using System.Collections.Immutable;

namespace EventAgents.Domain.Runs;

public static partial class RunDecider
{
    /// <summary>Applies one event to the state.</summary>
    public static Run Evolve(Run state, IRunEvent @event) => @event switch
    {
        RunRequested e => Run.Initial with
        {
            Id = e.RunId, Status = RunStatus.Pending, ProjectId = e.ProjectId, PipelineId = e.PipelineId,
            PipelineVersion = e.PipelineVersion, Definition = e.Definition, Inputs = e.Inputs.ToImmutableDictionary(), Task = e.Task,
        },
        RunStarted => state with { Status = RunStatus.Running },
        ParallelStarted e => Counted(state, e.FromStepId, e.StepId)
            .WithStep(e.StepId, step => step with { Status = StepStatus.Running, Attempt = e.Attempt, Iteration = 1, Result = null }),
        CouncilConvened e => WithoutOutputs(Counted(state, e.FromStepId, e.StepId), e.Members)
            .WithStep(e.StepId, step => step with { Status = StepStatus.Running, Attempt = e.Attempt, Iteration = 1, Result = null, DueAt = null, Reason = null }),
        LoopStarted e => Counted(state, e.FromStepId, e.StepId).WithStep(e.StepId, step => step with { LoopItems = [.. e.Items], Iteration = 0 }),
        StepQueued e => Counted(state, e.FromStepId, e.StepId).WithStep(e.StepId, step => step.ForNewAttempt() with
        {
            Status = StepStatus.Queued, Attempt = e.Attempt, Iteration = e.Iteration, Retries = 0,
            Usage = StepUsage.None, Result = null, DueAt = null, Reason = null,
        }),
        StepStarted e => state.WithStep(e.StepId, step => step with { Status = StepStatus.Running, DueAt = e.Deadline }),
        GateApprovalRequested e => state.WithStep(e.StepId, step => step with { Status = StepStatus.AwaitingApproval, DueAt = e.ExpiresAt }),
        StepOutputRecorded e => state.WithStep(e.StepId, step => step with { Output = e.Output, Usage = e.Usage }),
        StepModelCalled e => state.WithStep(e.StepId, step => step with { Usage = e.Usage, ModelCalls = step.ModelCalls.Add(e.Sequence) }),
        StepToolCalled e => state.WithStep(e.StepId, step => step with { ToolCalls = step.ToolCalls.Add(e.Sequence) }),
        StepBudgetWarned e => state.WithStep(e.StepId, step => step with { BudgetWarnings = step.BudgetWarnings.Add(e.Limit) }),
        StepQuestionAsked e => state.WithStep(e.StepId, step => step with { Question = new StepQuestion(e.QuestionId, e.Question, e.At) }),
        StepQuestionAnswered e => state.WithStep(e.StepId, step => step with
        {
            Question = null, Answers = step.Answers.SetItem(e.QuestionId, new StepAnswer(e.Answer, e.AnsweredBy, e.At)), DueAt = e.Deadline ?? step.DueAt,
        }),
        StepCompleted e => state.WithStep(e.StepId, step => step with { Status = StepStatus.Completed, Result = e.Result, DueAt = null, Question = null }),
        StepRetryScheduled e => state.WithStep(e.StepId, step => step.ForNewAttempt() with
        {
            Status = StepStatus.Retrying, Attempt = e.NextAttempt, Retries = step.Retries + 1, DueAt = e.DueAt, Reason = e.Reason, Usage = StepUsage.None,
        }),
        StepFailed e => state.WithStep(e.StepId, step => step with { Status = StepStatus.Failed, Result = "error", DueAt = null, Reason = e.Reason, Question = null }),
        StepTimedOut e => state.WithStep(e.StepId, step => step with { Reason = "Timed out." }),
        StepSkipped e => state.WithStep(e.StepId, step => step with { Status = StepStatus.Skipped, DueAt = null, Reason = e.Reason, Question = null }),
        GateApproved e => state.WithStep(e.StepId, step => step with { Reason = e.Comment }),
        GateRejected e => state.WithStep(e.StepId, step => step with { Reason = e.Reason }),
        RunPaused => state with { Status = RunStatus.Paused },
        RunResumed => state with { Status = RunStatus.Running },
        RunCancelled e => state with { Status = RunStatus.Cancelled, Reason = e.Reason },
        RunCompleted => state with { Status = RunStatus.Completed },
        RunFailed e => state with { Status = RunStatus.Failed, Reason = e.Reason },
        _ => state,
    };

    private static Run WithStep(this Run state, string stepId, Func<StepProgress, StepProgress> change) =>
        state with { Steps = state.Steps.SetItem(stepId, change(state.Step(stepId))) };

    /// <summary>A council convened again tallies what its members do this time, not what they output the last time.</summary>
    private static Run WithoutOutputs(Run state, IEnumerable<string> stepIds) =>
        stepIds.Where(state.Steps.ContainsKey).Aggregate(state, (run, stepId) => run.WithStep(stepId, step => step with { Output = null }));

    private static Run Counted(Run state, string? from, string to)
    {
        if (from is null)
        {
            return state;
        }

        var key = Run.TransitionKey(from, to);
        return state with { TransitionsTaken = state.TransitionsTaken.SetItem(key, state.TransitionsTaken.GetValueOrDefault(key) + 1) };
    }
}
