using EventAgents.Domain.Common;
using EventAgents.Domain.Pipelines;

namespace EventAgents.Domain.Runs;

public static partial class RunRouter
{
    private static void Join(EventTrail<Run, IRunEvent> trail, ParallelStep parallel, DateTimeOffset at)
    {
        var run = trail.State;
        var branches = parallel.Branches.Select(branch => run.Step(branch.Id)).ToList();
        var passed = branches.Count(IsPass);
        var allSettled = branches.All(branch => branch.Status.IsSettled());
        string result;
        if (parallel.Join == JoinMode.Any && passed > 0)
        {
            foreach (var open in branches.Where(branch => !branch.Status.IsSettled()))
            {
                trail.Emit(new StepSkipped(run.Id, open.StepId, "Another branch already satisfied the join.", at));
                SkipOpenMembers(trail, open.StepId, at);
            }

            result = StepResults.Pass;
        }
        else if (allSettled)
        {
            result = passed == branches.Count ? StepResults.Pass : StepResults.Fail;
        }
        else
        {
            return;
        }

        trail.Emit(new StepCompleted(run.Id, parallel.Id, run.Step(parallel.Id).Attempt, result, at));
        Route(trail, parallel, result, at);
    }

    /// <summary>When <paramref name="stepId"/> is a council, its members still at work are skipped with it.</summary>
    private static void SkipOpenMembers(EventTrail<Run, IRunEvent> trail, string stepId, DateTimeOffset at)
    {
        if (trail.State.Definition.FindStep(stepId) is not CouncilStep council)
        {
            return;
        }

        foreach (var member in council.Members().Select(member => trail.State.Step(member.Id)).Where(member => !member.Status.IsSettled()))
        {
            trail.Emit(new StepSkipped(trail.State.Id, member.StepId, $"Council '{council.Id}' was skipped.", at));
        }
    }

    private static bool IsPass(StepProgress branch) => branch is { Status: StepStatus.Completed, Result: StepResults.Pass };
}
