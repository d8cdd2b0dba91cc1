namespace EventAgents.Domain.Runs;

/// <summary>Where a run is in its life.</summary>
public enum RunStatus
{
    /// <summary>No run exists yet.</summary>
    None,

    /// <summary>Requested, waiting to be started.</summary>
    Pending,

    /// <summary>Steps are being executed.</summary>
    Running,

    /// <summary>Paused by a person; no step starts until resumed.</summary>
    Paused,

    /// <summary>Reached the end of the pipeline.</summary>
    Completed,

    /// <summary>Stopped by a failure routing could not recover from.</summary>
    Failed,

    /// <summary>Stopped by a person.</summary>
    Cancelled,
}

/// <summary>Where one step of a run is.</summary>
public enum StepStatus
{
    /// <summary>Waiting for the engine to start it.</summary>
    Queued,

    /// <summary>Being executed.</summary>
    Running,

    /// <summary>A gate waiting for a person's decision.</summary>
    AwaitingApproval,

    /// <summary>An attempt failed; the next attempt is due at <see cref="StepProgress.DueAt"/>.</summary>
    Retrying,

    /// <summary>Finished with a result.</summary>
    Completed,

    /// <summary>Failed and out of retries.</summary>
    Failed,

    /// <summary>Not executed (empty loop, or another branch already satisfied the join).</summary>
    Skipped,
}

/// <summary>Helpers on statuses.</summary>
public static class RunStatuses
{
    /// <summary>True when the run can never change again.</summary>
    public static bool IsFinished(this RunStatus status) => status is RunStatus.Completed or RunStatus.Failed or RunStatus.Cancelled;

    /// <summary>True when the step is done for this visit.</summary>
    public static bool IsSettled(this StepStatus status) => status is StepStatus.Completed or StepStatus.Failed or StepStatus.Skipped;
}
