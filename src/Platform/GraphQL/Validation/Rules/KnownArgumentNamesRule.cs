using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Values;

namespace EventAgents.Platform.GraphQL.Validation.Rules;

/// <summary>Every argument given is defined by its field or directive.</summary>
public sealed class KnownArgumentNamesRule : ValidationVisitor
{
    private readonly Dictionary<string, List<string>> _directiveArguments = new(StringComparer.Ordinal);

    /// <summary>Creates the rule's visitor.</summary>
    public KnownArgumentNamesRule(ValidationContext context) : base(context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            _directiveArguments[directive.Name] = [.. directive.Arguments.Select(a => a.Name)];
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                _directiveArguments[directive.Name.Value] = [.. directive.Arguments.Select(a => a.Name.Value)];
            }
        }
    }

    /// <inheritdoc />
    public override string RuleName => "KnownArgumentNames";

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case DirectiveNode directive:
                if (_directiveArguments.TryGetValue(directive.Name.Value, out var known))
                {
                    foreach (var argument in directive.Arguments)
                    {
                        var name = argument.Name.Value;
                        if (!known.Contains(name))
                        {
                            Report($"Unknown argument \"{name}\" on directive \"@{directive.Name.Value}\"." + Suggestions.DidYouMean(Suggestions.List(name, known)), argument);
                        }
                    }
                }

                return false;
            case ArgumentNode argument:
                var typeInfo = Context.TypeInfo;
                if (typeInfo.Argument is null && typeInfo.FieldDef is { } field && typeInfo.ParentType is { } parent)
                {
                    var name = argument.Name.Value;
                    var suggestions = Suggestions.List(name, field.Arguments.Select(a => a.Name));
                    Report($"Unknown argument \"{name}\" on field \"{parent.Name}.{field.Name}\"." + Suggestions.DidYouMean(suggestions), argument);
                }

                break;
        }

        return true;
    }
}
