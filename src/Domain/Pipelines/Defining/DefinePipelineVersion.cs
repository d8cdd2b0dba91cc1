using EventAgents.Domain.Common;

namespace EventAgents.Domain.Pipelines;

/// <summary>Defines the next version of a pipeline from its source text and the definition parsed from it.</summary>
public sealed record DefinePipelineVersion(string PipelineId, string Source, PipelineDefinition Definition, string DefinedBy, DateTimeOffset At) : IPipelineCommand;

/// <summary>A new version of a pipeline was defined.</summary>
public sealed record PipelineVersionDefined(string PipelineId, int Version, string Source, PipelineDefinition Definition, string DefinedBy, DateTimeOffset At) : IPipelineEvent;

/// <summary>Decides <see cref="DefinePipelineVersion"/>.</summary>
public static class DefiningPipelineVersion
{
    /// <summary>
    /// Adds version n+1 when the definition is valid; submitting the same source as the latest
    /// version again changes nothing.
    /// </summary>
    public static Decision<IPipelineEvent> Decide(DefinePipelineVersion command, Pipeline state)
    {
        if (!Text.IsSlug(command.PipelineId))
        {
            return new DomainError("pipeline.invalid-id", $"Pipeline id '{command.PipelineId}' must use lower case letters, digits, '-' or '_'.");
        }

        if (state.Latest?.Source == command.Source)
        {
            return Decision<IPipelineEvent>.Nothing;
        }

        var problems = PipelineDefinitionRules.Validate(command.Definition);
        if (problems.Count > 0)
        {
            return new DomainError("pipeline.invalid", string.Join(" ", problems.Select(problem => $"{problem.Path}: {problem.Message}")));
        }

        var version = (state.Latest?.Number ?? 0) + 1;
        return Decision<IPipelineEvent>.Accept(
            new PipelineVersionDefined(command.PipelineId, version, command.Source, command.Definition, command.DefinedBy, command.At));
    }
}
