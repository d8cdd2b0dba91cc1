using EventAgents.Domain.Pipelines;

namespace EventAgents.Application.Pipelines.Defining;

/// <summary>
/// The outcome of reading a pipeline's YAML: a definition when the source is valid, otherwise
/// every error found (never a partial definition).
/// </summary>
public sealed record PipelineParseResult(PipelineDefinition? Definition, IReadOnlyList<PipelineError> Errors)
{
    /// <summary>True when the source produced a definition.</summary>
    public bool IsValid => Definition is not null;
}

/// <summary>One mistake in a pipeline's YAML source.</summary>
/// <param name="Code">Stable code such as <c>step.unknown-type</c> or <c>transition.unknown-target</c>.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
/// <param name="Line">1-based line of the offending element.</param>
/// <param name="Column">1-based column of the offending element.</param>
/// <param name="Path">Where in the document, e.g. <c>steps[2].on_result.fail</c>.</param>
public sealed record PipelineError(string Code, string Message, int Line, int Column, string Path)
{
    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column} {Code}: {Message}";
}

/// <summary>Optional knowledge the parser checks the source against.</summary>
/// <param name="KnownAgents">Names of existing agents; null skips the check.</param>
public sealed record PipelineParseOptions(IReadOnlySet<string>? KnownAgents = null)
{
    /// <summary>No extra checks.</summary>
    public static PipelineParseOptions Default { get; } = new();
}
