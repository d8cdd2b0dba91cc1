using EventAgents.Domain.Common;
using EventAgents.Domain.Pipelines;

namespace EventAgents.Domain.Runs;

/// <summary>The engine starts a queued attempt (or a retry that is due).</summary>
public sealed record StartStep(string RunId, string StepId, int Attempt, DateTimeOffset At) : IStepCommand;

/// <summary>An attempt started; <paramref name="Deadline"/> is when it times out, if the step has a timeout.</summary>
public sealed record StepStarted(string RunId, string StepId, int Attempt, DateTimeOffset? Deadline, DateTimeOffset At) : IRunEvent;

/// <summary>A gate asks people for a decision; it times out at <paramref name="ExpiresAt"/> if set.</summary>
public sealed record GateApprovalRequested(
    string RunId, string StepId, int Attempt, string Prompt, IReadOnlyList<string> Approvers, DateTimeOffset? ExpiresAt, DateTimeOffset At) : IRunEvent;

/// <summary>Decides <see cref="StartStep"/>.</summary>
public static class StartingStep
{
    /// <summary>Starts the attempt; gates start by requesting approval with their rendered prompt.</summary>
    public static Decision<IRunEvent> Decide(StartStep command, Run state)
    {
        if (StepGuard.Check(state, command.StepId, command.Attempt, out var step, out var progress) is { } early)
        {
            return early;
        }

        if (progress.Status is not (StepStatus.Queued or StepStatus.Retrying))
        {
            return Decision<IRunEvent>.Nothing;
        }

        if (state.Status == RunStatus.Paused)
        {
            return new DomainError("run.paused", $"Run '{state.Id}' is paused; steps start once it is resumed.");
        }

        if (progress is { Status: StepStatus.Retrying, DueAt: { } due } && command.At < due)
        {
            return new DomainError("step.retry-not-due", $"The retry of step '{step.Id}' is due at {due:O}.");
        }

        var deadline = command.At + step.Flow.Timeout;
        var started = new StepStarted(state.Id, step.Id, command.Attempt, deadline, command.At);
        if (step is not GateStep gate)
        {
            return Decision<IRunEvent>.Accept(started);
        }

        var prompt = PromptTemplate.Render(gate.Prompt ?? $"Approve step '{gate.Id}'?", state.TemplateScope(gate.Id));
        return Decision<IRunEvent>.Accept(started, new GateApprovalRequested(state.Id, gate.Id, command.Attempt, prompt, gate.Approvers, deadline, command.At));
    }
}
