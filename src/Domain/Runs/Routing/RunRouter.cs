using EventAgents.Domain.Common;
using EventAgents.Domain.Pipelines;

namespace EventAgents.Domain.Runs;

/// <summary>
/// Decides what a run does next, as a pure function of its pipeline definition and its state:
/// which step is queued after a result, when a loop iterates again, when a parallel step joins,
/// what a council's members decided, and when the run completes or fails. The engine only executes what these events say.
/// </summary>
public static partial class RunRouter
{
    /// <summary>The events that begin a run: entering its first step.</summary>
    public static IReadOnlyList<IRunEvent> Begin(Run state, DateTimeOffset at)
    {
        var trail = Trail(state);
        Enter(trail, state.Definition.Steps[0].Id, null, at);
        return trail.Events;
    }

    /// <summary>The events that follow once <paramref name="stepId"/> ended with <paramref name="result"/>.</summary>
    public static IReadOnlyList<IRunEvent> After(Run state, string stepId, string result, DateTimeOffset at)
    {
        var trail = Trail(state);
        Leave(trail, stepId, result, at);
        return trail.Events;
    }

    /// <summary>Starts a trail of events folded into <paramref name="state"/>.</summary>
    public static EventTrail<Run, IRunEvent> Trail(Run state) => new(state, RunDecider.Evolve);

    /// <summary>Routes on from a step that ended with a result.</summary>
    internal static void Leave(EventTrail<Run, IRunEvent> trail, string stepId, string result, DateTimeOffset at)
    {
        var definition = trail.State.Definition;
        if (definition.CouncilOf(stepId) is { } council)
        {
            Tally(trail, council, at);
            return;
        }

        if (definition.ParallelOf(stepId) is { } parallel)
        {
            Join(trail, parallel, at);
            return;
        }

        var step = definition.FindStep(stepId)!;
        if (step is not CouncilStep && step.Flow.Loop is { } loop && IterateAgain(trail, step, loop, result, at) is (var again, var loopResult))
        {
            if (!again)
            {
                Route(trail, step, loopResult, at);
            }

            return;
        }

        Route(trail, step, result, at);
    }

    private static void Route(EventTrail<Run, IRunEvent> trail, StepDefinition step, string result, DateTimeOffset at)
    {
        var run = trail.State;
        if (TransitionFor(run.Definition, step, result) is not { } transition)
        {
            trail.Emit(new RunFailed(run.Id, $"Step '{step.Id}' ended with '{result}' and has no transition for it.", at) { Task = run.Task });
            return;
        }

        if (transition.Target == Transition.End)
        {
            trail.Emit(new RunCompleted(run.Id, at) { Task = run.Task });
            return;
        }

        var taken = run.TransitionsTaken.GetValueOrDefault(Run.TransitionKey(step.Id, transition.Target));
        if (transition.Max is { } max && taken >= max)
        {
            trail.Emit(new RunFailed(run.Id, $"Transition {step.Id} -> {transition.Target} was already taken {max} times, its max.", at) { Task = run.Task });
            return;
        }

        Enter(trail, transition.Target, step.Id, at);
    }

    /// <summary>
    /// The transition for a result: its own <c>on_result</c> entry; for a pass, <c>next</c> or the
    /// following step or the end; for any other result, the <c>fail</c> entry. Null: the run fails.
    /// </summary>
    public static Transition? TransitionFor(PipelineDefinition definition, StepDefinition step, string result)
    {
        if (step.Flow.OnResult.TryGetValue(result, out var own))
        {
            return own;
        }

        if (result == StepResults.Pass)
        {
            return new Transition(step.Flow.Next ?? definition.StepAfter(step.Id)?.Id ?? Transition.End);
        }

        return step.Flow.OnResult.GetValueOrDefault(StepResults.Fail);
    }
}
