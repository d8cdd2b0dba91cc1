namespace EventAgents.Projections.Catalog;

/// <summary>A project.</summary>
public sealed record ProjectRow(
    string ProjectId, long Seq, string Name, string Repository, string DefaultBranch, string? BoardId, bool Archived,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version) : ISequenced;

/// <summary>An agent.</summary>
public sealed record AgentRow(
    string AgentId, long Seq, string Name, string Persona, string Model, IReadOnlyList<string> Tools, long? PulseSeconds, string? BoardId,
    IReadOnlyList<string> Columns, bool Retired, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version) : ISequenced;

/// <summary>A pipeline and its latest version number.</summary>
public sealed record PipelineRow(
    string PipelineId, long Seq, int LatestVersion, string Name, string? Description, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version) : ISequenced;

/// <summary>One version of a pipeline with its YAML source.</summary>
public sealed record PipelineVersionRow(string PipelineId, int Number, string Name, string Source, IReadOnlyList<string> StepIds, string DefinedBy, DateTimeOffset DefinedAt);
