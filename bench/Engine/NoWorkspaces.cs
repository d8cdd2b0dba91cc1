using EventAgents.Engine.Runs;

namespace EventAgents.Bench.Engine;

/// <summary>The instant agent touches no files: every run shares one empty folder.</summary>
internal sealed class NoWorkspaces : IWorkspaces
{
    private static readonly string Folder = Directory.CreateTempSubdirectory("eventagents-bench-engine-").FullName;

    public Task<string> ForRunAsync(string runId, string projectId, string? taskId, CancellationToken ct) => Task.FromResult(Folder);

    public string AgentHome(string runId, string stepId) => Folder;
}
