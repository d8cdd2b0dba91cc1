using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Validation.Rules;

/// <summary>An input object literal gives each field once.</summary>
public sealed class UniqueInputFieldNamesRule(ValidationContext context) : ValidationVisitor(context)
{
    /// <inheritdoc />
    public override string RuleName => "UniqueInputFieldNames";

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is not ObjectValueNode obj || obj.Fields.Count < 2)
        {
            return true;
        }

        var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            var name = field.Name.Value;
            if (known.TryGetValue(name, out var first))
            {
                Report($"There can be only one input field named \"{name}\".", first, field.Name);
            }
            else
            {
                known[name] = field.Name;
            }
        }

        return true;
    }
}
