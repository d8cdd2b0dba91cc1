using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Values;

namespace EventAgents.Platform.GraphQL.Validation.Rules;

/// <summary>Every type a document names exists in the schema (or is defined by the document).</summary>
public sealed class KnownTypeNamesRule : ValidationVisitor
{
    private static readonly string[] StandardTypeNames =
        ["String", "Int", "Float", "Boolean", "ID", "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__EnumValue", "__InputValue", "__TypeKind"];

    private readonly HashSet<string> _definedTypes = new(StringComparer.Ordinal);

    /// <summary>Creates the rule's visitor.</summary>
    public KnownTypeNamesRule(ValidationContext context) : base(context)
    {
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is TypeDefinitionNode type)
            {
                _definedTypes.Add(type.Name.Value);
            }
        }
    }

    /// <inheritdoc />
    public override string RuleName => "KnownTypeNames";

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is not NamedTypeNode named)
        {
            return true;
        }

        var name = named.Name.Value;
        if (Context.Schema.GetType(name) is not null || _definedTypes.Contains(name))
        {
            return true;
        }

        var ancestors = Context.Ancestors;
        var definition = ancestors.Count > 1 ? ancestors[1] : ancestors.Count > 0 ? ancestors[^1] : null;
        var isSdl = definition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
        if (isSdl && Array.IndexOf(StandardTypeNames, name) >= 0)
        {
            return true;
        }

        var candidates = new List<string>();
        if (isSdl)
        {
            candidates.AddRange(StandardTypeNames);
        }

        foreach (var type in Context.Schema.Types)
        {
            candidates.Add(type.Name);
        }

        candidates.AddRange(_definedTypes);
        Report($"Unknown type \"{name}\"." + Suggestions.DidYouMean(Suggestions.List(name, candidates)), named);
        return true;
    }
}
