namespace EventAgents.Platform.GraphQL.Language;

/// <summary>Prints a syntax tree back to GraphQL text in the format graphql-js <c>print</c> produces.</summary>
public static partial class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>The text of a node.</summary>
    public static string Print(SyntaxNode node) => node switch
    {
        null => string.Empty,
        NameNode n => n.Value,
        DocumentNode n => Join(n.Definitions.Select(Print), "\n\n"),
        ValueNode n => PrintValue(n),
        TypeNode n => PrintType(n),
        ArgumentNode n => Print(n.Name) + ": " + Print(n.Value),
        ObjectFieldNode n => Print(n.Name) + ": " + Print(n.Value),
        DirectiveNode n => "@" + Print(n.Name) + Wrap("(", Join(n.Arguments.Select(Print), ", "), ")"),
        OperationDefinitionNode n => PrintOperation(n),
        VariableDefinitionNode n => PrintVariableDefinition(n),
        SelectionSetNode n => Block(n.Selections.Select(Print)),
        FieldNode n => PrintField(n),
        FragmentSpreadNode n => "..." + Print(n.Name) + Wrap(" ", Directives(n.Directives)),
        InlineFragmentNode n => Join(["...", n.TypeCondition is null ? string.Empty : "on " + Print(n.TypeCondition), Directives(n.Directives), Print(n.SelectionSet)], " "),
        FragmentDefinitionNode n => "fragment " + Print(n.Name) + " on " + Print(n.TypeCondition) + " " + Wrap(string.Empty, Directives(n.Directives), " ") + Print(n.SelectionSet),
        _ => PrintTypeSystem(node),
    };

    private static string PrintValue(ValueNode node) => node switch
    {
        VariableNode n => "$" + n.Name.Value,
        IntValueNode n => n.Value,
        FloatValueNode n => n.Value,
        StringValueNode n => n.Block ? BlockString.Print(n.Value) : StringLiteral.Print(n.Value),
        BooleanValueNode n => n.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode n => n.Value,
        ListValueNode n => "[" + Join(n.Values.Select(Print), ", ") + "]",
        ObjectValueNode n => "{" + Join(n.Fields.Select(Print), ", ") + "}",
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private static string PrintType(TypeNode node) => node switch
    {
        NamedTypeNode n => n.Name.Value,
        ListTypeNode n => "[" + PrintType(n.Type) + "]",
        NonNullTypeNode n => PrintType(n.Type) + "!",
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private static string PrintOperation(OperationDefinitionNode node)
    {
        var variables = node.VariableDefinitions.Select(Print).ToList();
        var varDefs = HasMultilineItems(variables)
            ? Wrap("(\n", Join(variables, "\n"), "\n)")
            : Wrap("(", Join(variables, ", "), ")");
        var operation = OperationName(node.Operation);
        var prefix = Join([operation, (node.Name?.Value ?? string.Empty) + varDefs, Directives(node.Directives)], " ");
        var selectionSet = Print(node.SelectionSet);
        return node.Operation == OperationType.Query && prefix.Length == operation.Length ? selectionSet : prefix + " " + selectionSet;
    }

    private static string PrintVariableDefinition(VariableDefinitionNode node) =>
        Print(node.Variable) + ": " + Print(node.Type)
        + (node.DefaultValue is null ? string.Empty : " = " + Print(node.DefaultValue))
        + Wrap(" ", Directives(node.Directives));

    private static string PrintField(FieldNode node)
    {
        var prefix = (node.Alias is null ? string.Empty : node.Alias.Value + ": ") + node.Name.Value;
        var line = prefix;
        if (node.Arguments.Count > 0)
        {
            var arguments = node.Arguments.Select(Print).ToList();
            var joined = Join(arguments, ", ");
            line = prefix.Length + joined.Length + 2 > MaxLineLength
                ? prefix + "(\n" + Indent(Join(arguments, "\n")) + "\n)"
                : prefix + "(" + joined + ")";
        }

        return line
            + Wrap(" ", Directives(node.Directives))
            + (node.SelectionSet is null ? string.Empty : " " + Print(node.SelectionSet));
    }

    /// <summary>The keyword of an operation type.</summary>
    public static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    private static string Directives(IReadOnlyList<DirectiveNode> directives) =>
        directives.Count == 0 ? string.Empty : Join(directives.Select(Print), " ");

    private static string Join(IEnumerable<string> parts, string separator) =>
        string.Join(separator, parts.Where(static p => p.Length > 0));

    private static string Wrap(string start, string? value, string end = "") =>
        string.IsNullOrEmpty(value) ? string.Empty : start + value + end;

    private static string Indent(string value) =>
        Wrap("  ", value.Replace("\n", "\n  ", StringComparison.Ordinal));

    private static string Block(IEnumerable<string> items) =>
        Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    private static bool HasMultilineItems(IReadOnlyList<string> items)
    {
        foreach (var item in items)
        {
            if (item.Contains('\n', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
