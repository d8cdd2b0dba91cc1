using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Validation.Rules;

/// <summary>A field or directive receives each argument once.</summary>
public sealed class UniqueArgumentNamesRule(ValidationContext context) : ValidationVisitor(context)
{
    /// <inheritdoc />
    public override string RuleName => "UniqueArgumentNames";

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        var arguments = node switch
        {
            FieldNode f => f.Arguments,
            DirectiveNode d => d.Arguments,
            _ => null,
        };
        if (arguments is null || arguments.Count < 2)
        {
            return true;
        }

        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            var names = group.Select(a => (SyntaxNode)a.Name).ToList();
            if (names.Count > 1)
            {
                Report($"There can be only one argument named \"{group.Key}\".", names);
            }
        }

        return true;
    }
}
