using System.Text;
using EventAgents.Platform.GraphQL.Introspection;
using EventAgents.Platform.GraphQL.Language;
using EventAgents.Platform.GraphQL.Values;

namespace EventAgents.Platform.GraphQL.Schema;

/// <summary>Prints a schema as SDL exactly like graphql-js <c>printSchema</c>: schema definition (unless conventional),
/// custom directives, then types in definition order, skipping built-in scalars and introspection types.</summary>
public static partial class SchemaPrinter
{
    /// <summary>The SDL of a schema.</summary>
    public static string Print(GraphQLSchema schema)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        foreach (var directive in schema.Directives)
        {
            if (!directive.IsSpecified)
            {
                parts.Add(PrintDirective(directive));
            }
        }

        foreach (var type in schema.Types)
        {
            if (type is ScalarType { IsSpecified: true } || IntrospectionTypes.IsIntrospectionType(type))
            {
                continue;
            }

            parts.Add(PrintType(type));
        }

        return string.Join("\n\n", parts);
    }

    /// <summary>The SDL of one named type.</summary>
    public static string PrintType(NamedType type) => type switch
    {
        ScalarType s => Description(s.Description) + "scalar " + s.Name + SpecifiedBy(s.SpecifiedByUrl),
        ObjectType o => Description(o.Description) + "type " + o.Name + Implements(o) + Fields(o),
        InterfaceType i => Description(i.Description) + "interface " + i.Name + Implements(i) + Fields(i),
        UnionType u => Description(u.Description) + "union " + u.Name + (u.Types.Count > 0 ? " = " + string.Join(" | ", u.Types.Select(t => t.Name)) : string.Empty),
        EnumType e => Description(e.Description) + "enum " + e.Name + Block(e.Values.Select((v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType i => Description(i.Description) + "input " + i.Name + Block(i.Fields.Select((f, n) => Description(f.Description, "  ", n == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static string? PrintSchemaDefinition(GraphQLSchema schema)
    {
        if (schema.Description is null && IsSchemaOfCommonNames(schema))
        {
            return null;
        }

        var operations = new StringBuilder();
        operations.Append("  query: ").Append(schema.QueryType.Name);
        if (schema.MutationType is not null)
        {
            operations.Append("\n  mutation: ").Append(schema.MutationType.Name);
        }

        if (schema.SubscriptionType is not null)
        {
            operations.Append("\n  subscription: ").Append(schema.SubscriptionType.Name);
        }

        return Description(schema.Description) + "schema {\n" + operations + "\n}";
    }

    private static bool IsSchemaOfCommonNames(GraphQLSchema schema) =>
        schema.QueryType.Name == "Query"
        && (schema.MutationType is null || schema.MutationType.Name == "Mutation")
        && (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");

    private static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments)
        + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + string.Join(" | ", directive.Locations.Select(DirectiveLocationNames.ToName));

    private static string Implements(ComplexType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string Fields(ComplexType type) =>
        Block(type.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : string.Empty;
    }

    private static string Arguments(IReadOnlyList<InputValue> arguments, string indentation = "")
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        return "(\n" + string.Join("\n", arguments.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a)))
            + "\n" + indentation + ")";
    }

    private static string InputValue(InputValue value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (value.HasDefaultValue && AstFromValue.Convert(value.DefaultValue, value.Type) is { } literal)
        {
            declaration += " = " + Printer.Print(literal);
        }

        return declaration + Deprecated(value.DeprecationReason);
    }

    private static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        DirectiveDefinition.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + StringLiteral.Print(reason) + ")",
    };

    private static string SpecifiedBy(string? url) =>
        url is null ? string.Empty : " @specifiedBy(url: " + StringLiteral.Print(url) + ")";

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var literal = BlockString.IsPrintable(description) ? BlockString.Print(description) : StringLiteral.Print(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
