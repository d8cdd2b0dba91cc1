using EventAgents.Domain.Pipelines;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EventAgents.Application.Pipelines.Defining;

/// <summary>
/// Turns a YAML node tree into a <see cref="PipelineDefinition"/>, collecting every shape error
/// and remembering where each element is so that later rule violations can be located too.
/// Broken elements are replaced by harmless placeholders so that reading can go on.
/// </summary>
internal sealed partial class PipelineReader
{
    private static readonly string[] PipelineFields = ["name", "description", "inputs", "steps"];
    private static readonly string[] InputFields = ["name", "required", "description"];

    private readonly List<PipelineError> errors = [];
    private readonly Dictionary<string, Mark> locations = new(StringComparer.Ordinal);

    /// <summary>Shape errors found so far.</summary>
    public IReadOnlyList<PipelineError> Errors => errors;

    /// <summary>True when an error was already reported at <paramref name="path"/> or inside it.</summary>
    public bool HasErrorAt(string path) =>
        errors.Any(error => error.Path == path || error.Path.StartsWith(path + ".", StringComparison.Ordinal) || path.StartsWith(error.Path + ".", StringComparison.Ordinal));

    /// <summary>The position of <paramref name="path"/>, or of its nearest located parent.</summary>
    public Mark Locate(string path)
    {
        for (var candidate = path; candidate.Length > 0; candidate = Parent(candidate))
        {
            if (locations.TryGetValue(candidate, out var mark))
            {
                return mark;
            }
        }

        return locations.GetValueOrDefault("", new Mark(0, 1, 1));
    }

    public PipelineDefinition ReadPipeline(YamlNode root)
    {
        var fields = Fields(root, "", PipelineFields, "pipeline");
        var name = Text(fields, "", "name", required: true);
        var description = Text(fields, "", "description", required: false);
        var inputs = fields.TryGetValue("inputs", out var inputsNode) ? ReadInputs(inputsNode) : [];
        var steps = new List<StepDefinition>();
        if (!fields.TryGetValue("steps", out var stepsNode))
        {
            Error("field.missing", "A pipeline needs 'steps'.", root, "steps");
        }
        else if (Sequence(stepsNode, "steps") is { } sequence)
        {
            steps.AddRange(sequence.Children.Select((step, index) => ReadStep(step, $"steps[{index}]", isBranch: false)));
        }

        return new PipelineDefinition(name, description, inputs, steps);
    }

    private List<PipelineInput> ReadInputs(YamlNode node)
    {
        var inputs = new List<PipelineInput>();
        if (Sequence(node, "inputs") is not { } sequence)
        {
            return inputs;
        }

        for (var index = 0; index < sequence.Children.Count; index++)
        {
            var path = $"inputs[{index}]";
            var item = sequence.Children[index];
            Remember(path, item);
            if (item is YamlScalarNode { Value: { } shortName })
            {
                inputs.Add(new PipelineInput(shortName, true, null));
                continue;
            }

            var fields = Fields(item, path, InputFields, "input");
            inputs.Add(new PipelineInput(Text(fields, path, "name", required: true), Bool(fields, path, "required") ?? true, Text(fields, path, "description", required: false)));
        }

        return inputs;
    }

    private void Error(string code, string message, YamlNode node, string path) => Error(code, message, node.Start, path);

    private void Error(string code, string message, Mark mark, string path) =>
        errors.Add(new PipelineError(code, message, (int)mark.Line, (int)mark.Column, path));

    private void Remember(string path, YamlNode node) => locations.TryAdd(path, node.Start);

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }
}
