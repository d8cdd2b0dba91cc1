using EventAgents.Domain.Pipelines;

namespace EventAgents.Application.Pipelines.Defining;

/// <summary>Defines the next version of a pipeline from YAML sent by a client.</summary>
public sealed record DefinePipelineFromYaml(string PipelineId, string Yaml, string DefinedBy, DateTimeOffset At);

/// <summary>
/// Turns <see cref="DefinePipelineFromYaml"/> into the domain's <see cref="DefinePipelineVersion"/>,
/// or into every error of the YAML; the handler then decides with <see cref="PipelineDecider"/>.
/// </summary>
public static class DefiningPipelineFromYaml
{
    /// <summary>The domain command, or the located errors that prevent it.</summary>
    public static PipelineYamlCommand Prepare(DefinePipelineFromYaml request, PipelineParseOptions? options = null)
    {
        var parsed = PipelineYaml.Parse(request.Yaml, options);
        return parsed.Definition is { } definition
            ? new PipelineYamlCommand(new DefinePipelineVersion(request.PipelineId, request.Yaml, definition, request.DefinedBy, request.At), [])
            : new PipelineYamlCommand(null, parsed.Errors);
    }
}

/// <summary>The command to decide, or the errors that stopped the YAML from becoming one.</summary>
public sealed record PipelineYamlCommand(DefinePipelineVersion? Command, IReadOnlyList<PipelineError> Errors);
