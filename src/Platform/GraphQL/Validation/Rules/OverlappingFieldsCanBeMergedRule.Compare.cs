using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema;

namespace EventAgents.Platform.GraphQL.Validation.Rules;

public sealed partial class OverlappingFieldsCanBeMergedRule
{
    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool mutuallyExclusive, FieldsAndFragments fields, string fragmentName)
    {
        Spend(1);
        if (fields.Fields.Count == 0)
        {
            return;
        }

        if (fields.ComparedFragments.TryGetValue(fragmentName, out var compared) && (!compared || mutuallyExclusive))
        {
            return;
        }

        fields.ComparedFragments[fragmentName] = mutuallyExclusive;
        if (Context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var fields2 = GetReferencedFieldsAndFragmentNames(fragment);
        if (ReferenceEquals(fields, fields2))
        {
            return;
        }

        CollectConflictsBetween(conflicts, mutuallyExclusive, fields, fields2);
        foreach (var referenced in fields2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields, referenced);
        }
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string name1, string name2)
    {
        if (name1 == name2 || HasPair(name1, name2, mutuallyExclusive))
        {
            return;
        }

        Spend(2);

        _comparedFragmentPairs[string.CompareOrdinal(name1, name2) < 0 ? (name1, name2) : (name2, name1)] = mutuallyExclusive;
        if (Context.GetFragment(name1) is not { } fragment1 || Context.GetFragment(name2) is not { } fragment2)
        {
            return;
        }

        var fields1 = GetReferencedFieldsAndFragmentNames(fragment1);
        var fields2 = GetReferencedFieldsAndFragmentNames(fragment2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fields1, fields2);
        foreach (var referenced in fields2.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, referenced);
        }

        foreach (var referenced in fields1.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, referenced, name2);
        }
    }

    private bool HasPair(string a, string b, bool mutuallyExclusive)
    {
        var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
        if (!_comparedFragmentPairs.TryGetValue(key, out var recorded))
        {
            return false;
        }

        return mutuallyExclusive || !recorded;
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool mutuallyExclusive,
        NamedType? parentType1,
        SelectionSetNode selectionSet1,
        NamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var fields1 = GetFieldsAndFragmentNames(parentType1, selectionSet1);
        var fields2 = GetFieldsAndFragmentNames(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fields1, fields2);
        foreach (var name in fields2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields1, name);
        }

        foreach (var name in fields1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields2, name);
        }

        foreach (var name1 in fields1.FragmentNames)
        {
            foreach (var name2 in fields2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, name2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, FieldsAndFragments fields)
    {
        foreach (var (responseName, list) in fields.Fields)
        {
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    if (FindConflict(false, responseName, list[i], list[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool mutuallyExclusive, FieldsAndFragments fields1, FieldsAndFragments fields2)
    {
        foreach (var (responseName, list1) in fields1.Fields)
        {
            if (!fields2.Fields.TryGetValue(responseName, out var list2))
            {
                continue;
            }

            foreach (var field1 in list1)
            {
                foreach (var field2 in list2)
                {
                    if (FindConflict(mutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldInfo field1, FieldInfo field2)
    {
        var mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        var node1 = field1.Node;
        var node2 = field2.Node;
        Spend(2);
        if (!mutuallyExclusive)
        {
            if (node1.Name.Value != node2.Name.Value)
            {
                return new Conflict(responseName, new ConflictReason($"\"{node1.Name.Value}\" and \"{node2.Name.Value}\" are different fields", null), [node1], [node2]);
            }

            if (!SameArguments(node1.Arguments, node2.Arguments))
            {
                return new Conflict(responseName, new ConflictReason("they have differing arguments", null), [node1], [node2]);
            }
        }

        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(responseName, new ConflictReason($"they return conflicting types \"{type1}\" and \"{type2}\"", null), [node1], [node2]);
        }

        if (node1.SelectionSet is { } set1 && node2.SelectionSet is { } set2)
        {
            var sub = FindConflictsBetweenSubSelectionSets(mutuallyExclusive, type1?.Named, set1, type2?.Named, set2);
            if (sub.Count > 0)
            {
                var fields1 = ConflictNodes(node1, sub, first: true);
                var fields2 = ConflictNodes(node2, sub, first: false);

                return new Conflict(responseName, new ConflictReason(null, [.. sub.Select(c => (c.ResponseName, c.Reason))]), fields1, fields2);
            }
        }

        return null;
    }

    private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var remaining = MaxConflictNodes - nodes.Count;
            nodes.AddRange(side.Count > remaining ? side.GetRange(side.Count - remaining, remaining) : side);
            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private static bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            ArgumentNode? argument2 = null;
            foreach (var candidate in arguments2)
            {
                if (candidate.Name.Value == argument1.Name.Value)
                {
                    argument2 = candidate;
                    break;
                }
            }

            if (argument2 is null || Stringify(argument1.Value) != Stringify(argument2.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static string Stringify(ValueNode value) => Printer.Print(SortValue(value));

    private static ValueNode SortValue(ValueNode value) => value switch
    {
        ObjectValueNode obj => obj with
        {
            Fields = [.. obj.Fields.Select(f => f with { Value = SortValue(f.Value) }).OrderBy(f => f.Name.Value, StringComparer.Ordinal)],
        },
        ListValueNode list => list with { Values = [.. list.Values.Select(SortValue)] },
        _ => value,
    };

    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (type1 is ListType list1)
        {
            return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        }

        if (type2 is ListType)
        {
            return true;
        }

        if (type1 is NonNullType nonNull1)
        {
            return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        }

        if (type2 is NonNullType)
        {
            return true;
        }

        if (type1.Named.IsLeaf || type2.Named.IsLeaf)
        {
            return !ReferenceEquals(type1, type2);
        }

        return false;
    }
}
