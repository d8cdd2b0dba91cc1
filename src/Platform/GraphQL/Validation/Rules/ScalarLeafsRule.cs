using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Validation.Rules;

/// <summary>Leaf fields have no selection set; composite fields have one.</summary>
public sealed class ScalarLeafsRule(ValidationContext context) : ValidationVisitor(context)
{
    /// <inheritdoc />
    public override string RuleName => "ScalarLeafs";

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is not FieldNode field || Context.TypeInfo.Type is not { } type)
        {
            return true;
        }

        var name = field.Name.Value;
        if (type.Named.IsLeaf)
        {
            if (field.SelectionSet is not null)
            {
                Report($"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", field.SelectionSet);
            }
        }
        else if (field.SelectionSet is null)
        {
            Report($"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", field);
        }
        else if (field.SelectionSet.Selections.Count == 0)
        {
            Report($"Field \"{name}\" of type \"{type}\" must have at least one field selected.", field);
        }

        return true;
    }
}
