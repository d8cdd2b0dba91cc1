using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Validation.Rules;

/// <summary>A non-repeatable directive appears at most once per location.</summary>
public sealed class UniqueDirectivesPerLocationRule : ValidationVisitor
{
    private readonly HashSet<string> _unique = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

    /// <summary>Creates the rule's visitor.</summary>
    public UniqueDirectivesPerLocationRule(ValidationContext context) : base(context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            if (!directive.IsRepeatable)
            {
                _unique.Add(directive.Name);
            }
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                if (directive.Repeatable)
                {
                    _unique.Remove(directive.Name.Value);
                }
                else
                {
                    _unique.Add(directive.Name.Value);
                }
            }
        }
    }

    /// <inheritdoc />
    public override string RuleName => "UniqueDirectivesPerLocation";

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        var directives = DirectivesOf(node);
        if (directives is null || directives.Count == 0)
        {
            return true;
        }

        Dictionary<string, DirectiveNode> seen = node switch
        {
            SchemaDefinitionNode or SchemaExtensionNode => _schemaDirectives,
            TypeDefinitionNode t => TypeMap(t.Name.Value),
            TypeExtensionNode t => TypeMap(t.Name.Value),
            _ => new Dictionary<string, DirectiveNode>(StringComparer.Ordinal),
        };
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!_unique.Contains(name))
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                Report($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }

        return true;
    }

    private Dictionary<string, DirectiveNode> TypeMap(string typeName)
    {
        if (!_typeDirectives.TryGetValue(typeName, out var map))
        {
            _typeDirectives[typeName] = map = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        }

        return map;
    }

    private static IReadOnlyList<DirectiveNode>? DirectivesOf(SyntaxNode node) => node switch
    {
        OperationDefinitionNode n => n.Directives,
        FragmentDefinitionNode n => n.Directives,
        SelectionNode n => n.Directives,
        VariableDefinitionNode n => n.Directives,
        SchemaDefinitionNode n => n.Directives,
        SchemaExtensionNode n => n.Directives,
        TypeDefinitionNode n => n.Directives,
        TypeExtensionNode n => n.Directives,
        FieldDefinitionNode n => n.Directives,
        InputValueDefinitionNode n => n.Directives,
        EnumValueDefinitionNode n => n.Directives,
        _ => null,
    };
}
