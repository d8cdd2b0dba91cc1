using EventAgents.Domain.Pipelines;
using YamlDotNet.RepresentationModel;

namespace EventAgents.Application.Pipelines.Defining;

internal sealed partial class PipelineReader
{
    private static readonly string[] FlowFields = ["id", "type", "description", "on_result", "next", "retry", "loop", "timeout", "budget"];
    private static readonly string[] StepTypes = ["agent", "gate", "council", "command"];

    private static readonly Dictionary<string, string[]> FieldsByType = new(StringComparer.Ordinal)
    {
        ["agent"] = [.. FlowFields, "agent", "prompt", "output_schema", "script", "network"],
        ["gate"] = [.. FlowFields, "prompt", "approvers"],
        ["council"] = [.. FlowFields, "agents", "prompt", "mode", "scripts", "network"],
        ["command"] = [.. FlowFields, "run", "workdir", "network"],
        ["parallel"] = [.. FlowFields, "parallel", "join"],
    };

    private StepDefinition ReadStep(YamlNode node, string path, bool isBranch)
    {
        var type = StepType(node, path);
        var fields = Fields(node, path, FieldsByType.GetValueOrDefault(type ?? "") ?? [.. FieldsByType.Values.SelectMany(names => names).Distinct()], type is null ? "step" : $"{type} step");
        var id = Text(fields, path, "id", required: true);
        var flow = ReadFlow(fields, path);
        return type switch
        {
            "agent" => new AgentStep(id, flow, Text(fields, path, "agent", true), Text(fields, path, "prompt", true), OutputSchema(fields, path), Script(fields, path)),
            "gate" => new GateStep(id, flow, Scalar(fields, path, "prompt", false, "text"), Texts(fields, path, "approvers", required: false)),
            "council" => new CouncilStep(id, flow, Texts(fields, path, "agents", required: true), Text(fields, path, "prompt", true),
                Choice<CouncilMode>(fields, path, "mode") ?? CouncilMode.Vote, Scripts(fields, path)),
            "command" => new CommandStep(id, flow, Text(fields, path, "run", true), Scalar(fields, path, "workdir", false, "text")),
            "parallel" => ReadParallel(fields, path, id, flow, isBranch),
            _ => new CommandStep(id, flow, "", null),
        };
    }

    /// <summary>The step's kind: its <c>type</c>, or <c>parallel</c> for a step with branches; null when unknown.</summary>
    private string? StepType(YamlNode node, string path)
    {
        if (node is not YamlMappingNode mapping)
        {
            return null;
        }

        var typeNode = mapping.Children.FirstOrDefault(entry => entry.Key is YamlScalarNode { Value: "type" }).Value;
        var hasBranches = mapping.Children.Any(entry => entry.Key is YamlScalarNode { Value: "parallel" });
        if (typeNode is null)
        {
            if (!hasBranches)
            {
                Error("field.missing", $"A step needs a 'type': one of {string.Join(", ", StepTypes)} (or 'parallel' branches).", node, $"{path}.type");
            }

            return hasBranches ? "parallel" : null;
        }

        var type = (typeNode as YamlScalarNode)?.Value ?? "";
        if (StepTypes.Contains(type) || (type == "parallel" && hasBranches))
        {
            return type;
        }

        Error("step.unknown-type", $"'{type}' is not a step type; expected one of: {string.Join(", ", StepTypes)}.", typeNode, $"{path}.type");
        return null;
    }

    private ParallelStep ReadParallel(Dictionary<string, YamlNode> fields, string path, string id, StepFlow flow, bool isBranch)
    {
        var branches = new List<StepDefinition>();
        var branchesPath = $"{path}.parallel";
        if (isBranch)
        {
            Error("parallel.nested", "Parallel steps cannot be nested.", fields["parallel"], branchesPath);
        }
        else if (Sequence(fields["parallel"], branchesPath) is { } sequence)
        {
            branches.AddRange(sequence.Children.Select((branch, index) => ReadStep(branch, $"{branchesPath}[{index}]", isBranch: true)));
        }

        return new ParallelStep(id, flow, branches, Choice<JoinMode>(fields, path, "join") ?? JoinMode.All);
    }

    private Dictionary<string, OutputFieldType>? OutputSchema(Dictionary<string, YamlNode> fields, string path)
    {
        if (!fields.TryGetValue("output_schema", out var node))
        {
            return null;
        }

        var schemaPath = $"{path}.output_schema";
        var schema = new Dictionary<string, OutputFieldType>(StringComparer.Ordinal);
        if (node is not YamlMappingNode mapping)
        {
            Error("value.wrong-type", $"'output_schema' must map field names to types, not {Describe(node)}.", node, schemaPath);
            return schema;
        }

        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            var typeName = (value as YamlScalarNode)?.Value ?? "";
            if (Enum.TryParse<OutputFieldType>(typeName, ignoreCase: true, out var type) && typeName.All(char.IsAsciiLetterLower))
            {
                schema[name] = type;
            }
            else
            {
                var choices = string.Join(", ", Enum.GetNames<OutputFieldType>().Select(choice => choice.ToLowerInvariant()));
                Error("output.invalid-type", $"Output field '{name}' has type '{typeName}'; expected one of: {choices}.", value, $"{schemaPath}.{name}");
            }
        }

        return schema;
    }

    /// <summary>The scripted model's tool calls: a list of <c>{tool: name, args: {name: value}}</c>.</summary>
    private List<ScriptedToolCall>? Script(Dictionary<string, YamlNode> fields, string path) =>
        fields.TryGetValue("script", out var node) ? ReadScript(node, $"{path}.script") : null;

    /// <summary>A council's scripts for the scripted model: each member's tool calls by agent, <c>{ada: [...], bob: [...]}</c>.</summary>
    private Dictionary<string, IReadOnlyList<ScriptedToolCall>>? Scripts(Dictionary<string, YamlNode> fields, string path)
    {
        if (!fields.TryGetValue("scripts", out var node))
        {
            return null;
        }

        var scriptsPath = $"{path}.scripts";
        var scripts = new Dictionary<string, IReadOnlyList<ScriptedToolCall>>(StringComparer.Ordinal);
        if (node is not YamlMappingNode mapping)
        {
            Error("value.wrong-type", $"'scripts' must map each council member's agent to its script, e.g. {{ada: [...], bob: [...]}}, not {Describe(node)}.", node, scriptsPath);
            return scripts;
        }

        foreach (var (key, value) in mapping.Children)
        {
            var agent = (key as YamlScalarNode)?.Value ?? "";
            Remember($"{scriptsPath}.{agent}", key);
            if (ReadScript(value, $"{scriptsPath}.{agent}") is { } script)
            {
                scripts[agent] = script;
            }
        }

        return scripts;
    }

    private List<ScriptedToolCall>? ReadScript(YamlNode node, string scriptPath)
    {
        if (Sequence(node, scriptPath) is not { } sequence)
        {
            return null;
        }

        var calls = new List<ScriptedToolCall>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var callPath = $"{scriptPath}[{i}]";
            var call = Fields(sequence.Children[i], callPath, ["tool", "args"], "scripted tool call");
            var tool = Text(call, callPath, "tool", true);
            var args = new Dictionary<string, string>(StringComparer.Ordinal);
            if (call.TryGetValue("args", out var argsNode))
            {
                if (argsNode is YamlMappingNode mapping)
                {
                    foreach (var (key, value) in mapping.Children)
                    {
                        args[(key as YamlScalarNode)?.Value ?? ""] = (value as YamlScalarNode)?.Value ?? "";
                    }
                }
                else
                {
                    Error("value.wrong-type", $"'args' must map argument names to values, not {Describe(argsNode)}.", argsNode, $"{callPath}.args");
                }
            }

            calls.Add(new ScriptedToolCall(tool, args));
        }

        return calls;
    }
}
