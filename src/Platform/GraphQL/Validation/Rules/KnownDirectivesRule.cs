using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema;

namespace EventAgents.Platform.GraphQL.Validation.Rules;

/// <summary>Every directive used is defined and allowed where it appears.</summary>
public sealed class KnownDirectivesRule : ValidationVisitor
{
    private readonly Dictionary<string, HashSet<string>> _locations = new(StringComparer.Ordinal);

    /// <summary>Creates the rule's visitor.</summary>
    public KnownDirectivesRule(ValidationContext context) : base(context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            _locations[directive.Name] = [.. directive.Locations.Select(DirectiveLocationNames.ToName)];
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                _locations[directive.Name.Value] = [.. directive.Locations.Select(l => l.Value)];
            }
        }
    }

    /// <inheritdoc />
    public override string RuleName => "KnownDirectives";

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is not DirectiveNode directive)
        {
            return true;
        }

        var name = directive.Name.Value;
        if (!_locations.TryGetValue(name, out var locations))
        {
            Report($"Unknown directive \"@{name}\".", directive);
            return true;
        }

        var candidate = LocationOf(Context.Ancestors);
        if (candidate is not null && !locations.Contains(candidate))
        {
            Report($"Directive \"@{name}\" may not be used on {candidate}.", directive);
        }

        return true;
    }

    private static string? LocationOf(IReadOnlyList<SyntaxNode> ancestors)
    {
        if (ancestors.Count == 0)
        {
            return null;
        }

        return ancestors[^1] switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Query => "QUERY",
                OperationType.Mutation => "MUTATION",
                _ => "SUBSCRIPTION",
            },
            FieldNode => "FIELD",
            FragmentSpreadNode => "FRAGMENT_SPREAD",
            InlineFragmentNode => "INLINE_FRAGMENT",
            FragmentDefinitionNode => "FRAGMENT_DEFINITION",
            VariableDefinitionNode => "VARIABLE_DEFINITION",
            SchemaDefinitionNode or SchemaExtensionNode => "SCHEMA",
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "SCALAR",
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "OBJECT",
            FieldDefinitionNode => "FIELD_DEFINITION",
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "INTERFACE",
            UnionTypeDefinitionNode or UnionTypeExtensionNode => "UNION",
            EnumTypeDefinitionNode or EnumTypeExtensionNode => "ENUM",
            EnumValueDefinitionNode => "ENUM_VALUE",
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => "INPUT_OBJECT",
            InputValueDefinitionNode => ancestors.Count > 1 && ancestors[^2] is InputObjectTypeDefinitionNode ? "INPUT_FIELD_DEFINITION" : "ARGUMENT_DEFINITION",
            _ => null,
        };
    }
}
