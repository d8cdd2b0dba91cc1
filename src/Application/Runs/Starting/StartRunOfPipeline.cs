namespace EventAgents.Application.Runs.Starting;

/// <summary>Starts a run of a stored pipeline.</summary>
/// <param name="PipelineId">The pipeline (see <c>PipelineIds</c>; it names the project the run belongs to).</param>
/// <param name="Version">The pipeline version to run; the latest when null. The run pins the version it starts with.</param>
/// <param name="Inputs">The run's inputs.</param>
/// <param name="RequestedBy">Who starts it.</param>
/// <param name="RunId">A client-chosen run id; a new one when null.</param>
public sealed record StartRunOfPipeline(
    string PipelineId, int? Version, IReadOnlyDictionary<string, string> Inputs, string RequestedBy, string? RunId = null);

/// <summary>The started run and the pipeline version it runs, or why it did not start.</summary>
public sealed record StartedRun(string? RunId, int? PipelineVersion, Common.Commanding.CommandError? Error);
