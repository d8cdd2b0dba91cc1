using EventAgents.Domain.Common;
using EventAgents.Domain.Pipelines;

namespace EventAgents.Domain.Runs;

public static partial class RunRouter
{
    /// <summary>
    /// Queues the next iteration of a looping step when the loop goes on. Returns whether it did,
    /// and otherwise the result the loop ends with; null when the result ends the loop as is.
    /// </summary>
    private static (bool Again, string Result)? IterateAgain(EventTrail<Run, IRunEvent> trail, StepDefinition step, LoopPolicy loop, string result, DateTimeOffset at)
    {
        if (result is StepResults.Error or StepResults.Timeout)
        {
            return null;
        }

        var progress = trail.State.Step(step.Id);
        var hasRoom = loop.Max is not { } max || progress.Iteration < max;
        if (loop.Until is { } until)
        {
            if (until.IsMet(result, progress.Output))
            {
                return (false, result);
            }

            if (!hasRoom)
            {
                return (false, StepResults.Fail);
            }
        }
        else if (result == StepResults.Fail || progress.Iteration >= progress.LoopItems.Count || !hasRoom)
        {
            return (false, result);
        }

        var iteration = progress.Iteration + 1;
        var item = loop.Over is null ? null : progress.LoopItems[iteration - 1];
        trail.Emit(new StepQueued(trail.State.Id, step.Id, progress.Attempt + 1, iteration, item, null, at));
        return (true, result);
    }
}
