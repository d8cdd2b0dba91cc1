using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema;

namespace EventAgents.Platform.GraphQL.Validation.Rules;

/// <summary>Every required argument (non-null without default) of a field or directive is given.</summary>
public sealed class ProvidedRequiredArgumentsRule : ValidationVisitor
{
    private readonly Dictionary<string, List<(string Name, string Type)>> _requiredDirectiveArguments = new(StringComparer.Ordinal);

    /// <summary>Creates the rule's visitor.</summary>
    public ProvidedRequiredArgumentsRule(ValidationContext context) : base(context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            _requiredDirectiveArguments[directive.Name] = [.. directive.Arguments
                .Where(a => a.Type is NonNullType && !a.HasDefaultValue)
                .Select(a => (a.Name, a.Type.ToString()))];
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                _requiredDirectiveArguments[directive.Name.Value] = [.. directive.Arguments
                    .Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                    .Select(a => (a.Name.Value, Printer.Print(a.Type)))];
            }
        }
    }

    /// <inheritdoc />
    public override string RuleName => "ProvidedRequiredArguments";

    /// <inheritdoc />
    public override void Leave(SyntaxNode node)
    {
        switch (node)
        {
            case FieldNode field when Context.TypeInfo.FieldDef is { } definition:
                foreach (var argument in definition.Arguments)
                {
                    if (argument.Type is NonNullType && !argument.HasDefaultValue && !field.Arguments.Any(a => a.Name.Value == argument.Name))
                    {
                        Report($"Field \"{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", field);
                    }
                }

                break;
            case DirectiveNode directive when _requiredDirectiveArguments.TryGetValue(directive.Name.Value, out var required):
                foreach (var (name, type) in required)
                {
                    if (!directive.Arguments.Any(a => a.Name.Value == name))
                    {
                        Report($"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.", directive);
                    }
                }

                break;
        }
    }
}
