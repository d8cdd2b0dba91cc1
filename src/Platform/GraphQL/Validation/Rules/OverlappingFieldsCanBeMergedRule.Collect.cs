using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema;

namespace EventAgents.Platform.GraphQL.Validation.Rules;

public sealed partial class OverlappingFieldsCanBeMergedRule
{
    private FieldsAndFragments GetFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_cache.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var result = new FieldsAndFragments();
        var fragmentNames = new HashSet<string>(StringComparer.Ordinal);
        Collect(parentType, selectionSet, result, fragmentNames);
        _cache[selectionSet] = result;
        return result;
    }

    private FieldsAndFragments GetReferencedFieldsAndFragmentNames(FragmentDefinitionNode fragment)
    {
        if (_cache.TryGetValue(fragment.SelectionSet, out var cached))
        {
            return cached;
        }

        var fragmentType = TypeInfo.TypeFromAst(Context.Schema, fragment.TypeCondition) as NamedType;
        return GetFieldsAndFragmentNames(fragmentType, fragment.SelectionSet);
    }

    private void Collect(NamedType? parentType, SelectionSetNode selectionSet, FieldsAndFragments result, HashSet<string> fragmentNames)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = (parentType as ComplexType)?.GetField(field.Name.Value);
                    var responseName = field.Alias?.Value ?? field.Name.Value;
                    if (!result.Fields.TryGetValue(responseName, out var list))
                    {
                        result.Fields[responseName] = list = [];
                    }

                    list.Add(new FieldInfo(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (fragmentNames.Add(spread.Name.Value))
                    {
                        result.FragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is null
                        ? parentType
                        : TypeInfo.TypeFromAst(Context.Schema, inline.TypeCondition) as NamedType;
                    Collect(inlineType, inline.SelectionSet, result, fragmentNames);
                    break;
            }
        }
    }
}
