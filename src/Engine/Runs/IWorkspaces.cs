namespace EventAgents.Engine.Runs;

/// <summary>Where a run's steps work: a checkout of the project's repository on a branch of the run.</summary>
public interface IWorkspaces
{
    /// <summary>The run's workspace folder, created on first use.</summary>
    Task<string> ForRunAsync(string runId, string projectId, CancellationToken ct);

    /// <summary>The agent's home folder for a step.</summary>
    string AgentHome(string runId, string stepId);
}
