using EventAgents.Domain.Common;
using EventAgents.Domain.Pipelines;

namespace EventAgents.Domain.Runs;

public static partial class RunRouter
{
    private static void Enter(EventTrail<Run, IRunEvent> trail, string stepId, string? fromStepId, DateTimeOffset at)
    {
        var run = trail.State;
        var step = run.Definition.FindStep(stepId)!;
        var attempt = run.Step(stepId).Attempt + 1;
        switch (step)
        {
            case ParallelStep parallel:
                trail.Emit(new ParallelStarted(run.Id, stepId, attempt, [.. parallel.Branches.Select(branch => branch.Id)], fromStepId, at));
                foreach (var branch in parallel.Branches)
                {
                    Enter(trail, branch.Id, null, at);
                }

                break;
            case CouncilStep council:
                var members = council.Members();
                trail.Emit(new CouncilConvened(run.Id, stepId, attempt, [.. members.Select(member => member.Id)], fromStepId, at));
                foreach (var member in members)
                {
                    Enter(trail, member.Id, null, at);
                }

                break;
            case { Flow.Loop.Over: { } over }:
                var items = run.TemplateScope(stepId).ResolveList(LoopList.TryParse(over)!);
                trail.Emit(new LoopStarted(run.Id, stepId, items, fromStepId, at));
                if (items.Count == 0)
                {
                    trail.Emit(new StepSkipped(run.Id, stepId, "The loop's list is empty.", at));
                    Leave(trail, stepId, StepResults.Pass, at);
                    return;
                }

                trail.Emit(new StepQueued(run.Id, stepId, attempt, 1, items[0], null, at));
                break;
            default:
                trail.Emit(new StepQueued(run.Id, stepId, attempt, 1, null, fromStepId, at));
                break;
        }
    }
}
