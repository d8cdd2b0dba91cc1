using EventAgents.Domain.Pipelines;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EventAgents.Application.Pipelines.Defining;

/// <summary>
/// Reads pipelines written in YAML. Every mistake is reported with its line and column: YAML
/// syntax, the document's shape (fields, types, durations) and the domain's rules
/// (<see cref="PipelineDefinitionRules"/>: unknown targets, cycles without a max, ...).
/// </summary>
public static class PipelineYaml
{
    /// <summary>Parses and validates <paramref name="source"/>.</summary>
    public static PipelineParseResult Parse(string source, PipelineParseOptions? options = null)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(source));
        }
        catch (YamlException exception)
        {
            var message = (exception.InnerException ?? exception).Message;
            var code = message.StartsWith("Duplicate key", StringComparison.Ordinal) ? "field.duplicate" : "yaml.syntax";
            return Invalid(new PipelineError(code, $"The YAML cannot be read: {message}", (int)exception.Start.Line, (int)exception.Start.Column, ""));
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return Invalid(new PipelineError("pipeline.empty", "The document is empty; a pipeline needs a name and steps.", 1, 1, ""));
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var start = stream.Documents[0].RootNode.Start;
            return Invalid(new PipelineError("value.wrong-type", "A pipeline must be a mapping with 'name' and 'steps'.", (int)start.Line, (int)start.Column, ""));
        }

        var reader = new PipelineReader();
        var definition = reader.ReadPipeline(root);
        var errors = reader.Errors.ToList();
        foreach (var problem in PipelineDefinitionRules.Validate(definition, options?.KnownAgents))
        {
            if (!reader.HasErrorAt(problem.Path))
            {
                var mark = reader.Locate(problem.Path);
                errors.Add(new PipelineError(problem.Code, problem.Message, (int)mark.Line, (int)mark.Column, problem.Path));
            }
        }

        var ordered = errors.OrderBy(error => error.Line).ThenBy(error => error.Column).ToList();
        return ordered.Count == 0 ? new PipelineParseResult(definition, []) : new PipelineParseResult(null, ordered);
    }

    private static PipelineParseResult Invalid(PipelineError error) => new(null, [error]);
}
