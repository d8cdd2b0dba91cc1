using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Schema;

namespace EventAgents.Platform.GraphQL.Validation.Rules;

/// <summary>Fields with the same response name in a selection set (fragments included) can be merged: same field, same arguments,
/// compatible types, mergeable sub-selections — unless their parents are distinct object types.</summary>
public sealed partial class OverlappingFieldsCanBeMergedRule(ValidationContext context) : ValidationVisitor(context)
{
    private readonly Dictionary<SelectionSetNode, FieldsAndFragments> _cache = new(ReferenceEqualityComparer.Instance);
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];
    private int _budget = 500_000;

    /// <inheritdoc />
    public override string RuleName => "OverlappingFieldsCanBeMerged";

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is not SelectionSetNode selectionSet || Context.Ancestors is [.., InlineFragmentNode])
        {
            return true;
        }

        var conflicts = new List<Conflict>();
        var fields = GetFieldsAndFragmentNames(Context.TypeInfo.ParentType, selectionSet);
        CollectConflictsWithin(conflicts, fields);
        for (var i = 0; i < fields.FragmentNames.Count; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, false, fields, fields.FragmentNames[i]);
            for (var j = i + 1; j < fields.FragmentNames.Count; j++)
            {
                CollectConflictsBetweenFragments(conflicts, false, fields.FragmentNames[i], fields.FragmentNames[j]);
            }
        }

        foreach (var conflict in conflicts)
        {
            var nodes = new List<SyntaxNode>(conflict.Fields1.Count + conflict.Fields2.Count);
            nodes.AddRange(conflict.Fields1);
            nodes.AddRange(conflict.Fields2);
            Report($"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.", nodes);
        }

        return true;
    }

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

    private void Spend(int cost)
    {
        _budget -= cost;
        if (_budget < 0)
        {
            Context.Report(new GraphQLError("Validation aborted.") { Rule = RuleName });
            throw new ValidationAbortedException();
        }
    }

    private sealed record FieldInfo(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition);

    private sealed class FieldsAndFragments
    {
        public Dictionary<string, List<FieldInfo>> Fields { get; } = new(StringComparer.Ordinal);

        public List<string> FragmentNames { get; } = [];

        public Dictionary<string, bool> ComparedFragments { get; } = new(StringComparer.Ordinal);
    }

    private sealed record ConflictReason(string? Message, IReadOnlyList<(string ResponseName, ConflictReason Reason)>? SubReasons)
    {
        public override string ToString()
        {
            if (Message is not null)
            {
                return Message;
            }

            var message = new System.Text.StringBuilder();
            foreach (var (name, reason) in SubReasons!)
            {
                message.Append(message.Length == 0 ? string.Empty : " and ").Append($"subfields \"{Abbreviate(name)}\" conflict because {reason}");
                if (message.Length > MaxConflictDetailLength)
                {
                    break;
                }
            }

            return Abbreviate(message.ToString());
        }
    }

    private sealed record Conflict(string ResponseName, ConflictReason Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);
}
