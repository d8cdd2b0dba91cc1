namespace EventAgents.Application.Pipelines.Defining;

/// <summary>Defines a pipeline of a project from its YAML source.</summary>
/// <param name="ProjectId">The project; its id must be a slug (lower case letters, digits, '-', '_').</param>
/// <param name="Yaml">The pipeline's source; its <c>name</c> decides the pipeline's id (see <see cref="PipelineIds"/>).</param>
/// <param name="DefinedBy">Who defines it.</param>
/// <param name="At">When.</param>
/// <param name="PipelineId">
/// Null to create a new pipeline: refused when the project already has a pipeline of that name. Set to define the
/// next version of that pipeline: the YAML must keep its name (a pipeline is not renamed).
/// </param>
public sealed record DefinePipeline(string ProjectId, string Yaml, string DefinedBy, DateTimeOffset At, string? PipelineId = null);
