using System.Collections.Immutable;

namespace EventAgents.Domain.Pipelines;

/// <summary>A pipeline and every version of its definition; runs pin the version they started with.</summary>
public sealed record Pipeline(string Id, ImmutableList<PipelineVersion> Versions)
{
    /// <summary>The state before the first version is defined.</summary>
    public static Pipeline Initial { get; } = new("", []);

    /// <summary>True once a first version has been defined.</summary>
    public bool Exists => Versions.Count > 0;

    /// <summary>The newest version, or null.</summary>
    public PipelineVersion? Latest => Versions.Count > 0 ? Versions[^1] : null;

    /// <summary>The version with the given number, or null.</summary>
    public PipelineVersion? Version(int number) => Versions.Find(version => version.Number == number);
}

/// <summary>One immutable version of a pipeline's definition, with the source text it came from.</summary>
public sealed record PipelineVersion(int Number, string Source, PipelineDefinition Definition, DateTimeOffset DefinedAt);
