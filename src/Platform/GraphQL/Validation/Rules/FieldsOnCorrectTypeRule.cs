using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema;
using EventAgents.Platform.GraphQL.Values;

namespace EventAgents.Platform.GraphQL.Validation.Rules;

/// <summary>Every selected field exists on its parent type.</summary>
public sealed class FieldsOnCorrectTypeRule(ValidationContext context) : ValidationVisitor(context)
{
    /// <inheritdoc />
    public override string RuleName => "FieldsOnCorrectType";

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is not FieldNode field || Context.TypeInfo.ParentType is not { } type || Context.TypeInfo.FieldDef is not null)
        {
            return true;
        }

        var name = field.Name.Value;
        var suggestion = Suggestions.DidYouMean("to use an inline fragment on", SuggestedTypeNames(type, name));
        if (suggestion.Length == 0)
        {
            suggestion = Suggestions.DidYouMean(type is ComplexType complex ? Suggestions.List(name, complex.Fields.Select(f => f.Name)) : []);
        }

        Report($"Cannot query field \"{name}\" on type \"{type.Name}\"." + suggestion, field);
        return true;
    }

    private List<string> SuggestedTypeNames(NamedType type, string fieldName)
    {
        if (!type.IsAbstract)
        {
            return [];
        }

        var schema = Context.Schema;
        var suggested = new List<NamedType>();
        var usage = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possible in schema.GetPossibleTypes(type))
        {
            if (possible.GetField(fieldName) is null)
            {
                continue;
            }

            if (!suggested.Contains(possible))
            {
                suggested.Add(possible);
            }

            usage[possible.Name] = 1;
            foreach (var iface in possible.Interfaces)
            {
                if (iface.GetField(fieldName) is null)
                {
                    continue;
                }

                if (!suggested.Contains(iface))
                {
                    suggested.Add(iface);
                }

                usage[iface.Name] = usage.GetValueOrDefault(iface.Name) + 1;
            }
        }

        var sorted = suggested.ToArray();
        Array.Sort(sorted, (a, b) =>
        {
            var diff = usage[b.Name] - usage[a.Name];
            if (diff != 0)
            {
                return diff;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            if (b is InterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }

            return Suggestions.NaturalCompare(a.Name, b.Name);
        });
        return [.. sorted.Select(t => t.Name)];
    }
}
