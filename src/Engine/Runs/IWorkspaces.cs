namespace EventAgents.Engine.Runs;

/// <summary>Where a run's steps work: a checkout of the project's repository on a branch of the run, or of its board task.</summary>
public interface IWorkspaces
{
    /// <summary>
    /// The run's workspace folder, created on first use: on the run's own branch, or, for a run that works a board task
    /// (<paramref name="taskId"/>), the task's persistent worktree on its feature branch.
    /// </summary>
    Task<string> ForRunAsync(string runId, string projectId, string? taskId, CancellationToken ct);

    /// <summary>The agent's home folder for a step.</summary>
    string AgentHome(string runId, string stepId);
}
