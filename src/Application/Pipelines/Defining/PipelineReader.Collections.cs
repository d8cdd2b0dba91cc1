using YamlDotNet.RepresentationModel;

namespace EventAgents.Application.Pipelines.Defining;

internal sealed partial class PipelineReader
{
    /// <summary>The fields of a mapping by name; reports a non-mapping and every field not in <paramref name="allowed"/>.</summary>
    private Dictionary<string, YamlNode> Fields(YamlNode node, string path, IReadOnlyCollection<string> allowed, string what)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        Remember(path, node);
        if (node is not YamlMappingNode mapping)
        {
            Error("value.wrong-type", $"A {what} must be a mapping of fields, not {Describe(node)}.", node, path);
            return fields;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var fieldPath = Join(path, key);
            if (!allowed.Contains(key))
            {
                Error("field.unknown", $"'{key}' is not a field of {Article(what)} {what}; expected one of: {string.Join(", ", allowed)}.", keyNode, fieldPath);
                continue;
            }

            Remember(fieldPath, value);
            fields[key] = value;
        }

        return fields;
    }

    private YamlSequenceNode? Sequence(YamlNode node, string path)
    {
        Remember(path, node);
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        Error("value.wrong-type", $"'{Leaf(path)}' must be a list, not {Describe(node)}.", node, path);
        return null;
    }

    private List<string> Texts(Dictionary<string, YamlNode> fields, string path, string field, bool required)
    {
        var fieldPath = Join(path, field);
        if (!fields.TryGetValue(field, out var node))
        {
            if (required)
            {
                Error("field.missing", $"'{field}' is required here.", locations.GetValueOrDefault(path), fieldPath);
            }

            return [];
        }

        if (Sequence(node, fieldPath) is not { } sequence)
        {
            return [];
        }

        var texts = new List<string>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } value })
            {
                texts.Add(value);
            }
            else
            {
                Error("value.wrong-type", $"Items of '{field}' must be text, not {Describe(item)}.", item, fieldPath);
            }
        }

        return texts;
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode { Value: null or "" } => "empty",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        _ => "an alias",
    };

    private static string Join(string path, string field) => path.Length == 0 ? field : $"{path}.{field}";

    private static string Leaf(string path) => path[(path.LastIndexOf('.') + 1)..];

    private static string Article(string word) => "aeiou".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";
}
