using EventAgents.Domain.Common;

namespace EventAgents.Domain.Runs;

/// <summary>Lets records of the agent's work through only for the running current attempt.</summary>
internal static class CallGuard
{
    /// <summary>Null when <paramref name="progress"/> is the running current attempt; else the decision to return.</summary>
    public static Decision<IRunEvent>? Check(Run state, string stepId, int attempt, out StepProgress progress)
    {
        if (StepGuard.Check(state, stepId, attempt, out _, out progress) is { } early)
        {
            return early;
        }

        if (progress.Status == StepStatus.Running)
        {
            return null;
        }

        return progress.Status.IsSettled() || progress.Status == StepStatus.Retrying
            ? Decision<IRunEvent>.Nothing
            : StepGuard.WrongStatus(progress, "running");
    }
}
