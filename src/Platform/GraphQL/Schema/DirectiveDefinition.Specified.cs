namespace EventAgents.Platform.GraphQL.Schema;

public sealed partial class DirectiveDefinition
{
    /// <summary>The reason @deprecated gives when none is stated.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary>@include(if: Boolean!)</summary>
    public static DirectiveDefinition Include { get; } = Create(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        Argument("if", new NonNullType(ScalarType.Boolean), "Included when true."));

    /// <summary>@skip(if: Boolean!)</summary>
    public static DirectiveDefinition Skip { get; } = Create(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        Argument("if", new NonNullType(ScalarType.Boolean), "Skipped when true."));

    /// <summary>@deprecated(reason: String = "No longer supported")</summary>
    public static DirectiveDefinition Deprecated { get; } = Create(
        "deprecated",
        "Marks an element of a GraphQL schema as no longer supported.",
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
        Argument(
            "reason",
            ScalarType.String,
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            DefaultDeprecationReason));

    /// <summary>@specifiedBy(url: String!)</summary>
    public static DirectiveDefinition SpecifiedBy { get; } = Create(
        "specifiedBy",
        "Exposes a URL that specifies the behavior of this scalar.",
        [DirectiveLocation.Scalar],
        Argument("url", new NonNullType(ScalarType.String), "The URL that specifies the behavior of this scalar."));

    /// <summary>The directives every schema has.</summary>
    public static IReadOnlyList<DirectiveDefinition> SpecifiedDirectives { get; } = [Include, Skip, Deprecated, SpecifiedBy];

    private static DirectiveDefinition Create(string name, string description, DirectiveLocation[] locations, InputValue argument)
    {
        var directive = new DirectiveDefinition(name, locations) { Description = description };
        directive.SetArguments([argument]);
        return directive;
    }

    private static InputValue Argument(string name, GraphQLType type, string description, string? defaultValue = null) =>
        new(name, type) { Description = description, HasDefaultValue = defaultValue is not null, DefaultValue = defaultValue };
}
