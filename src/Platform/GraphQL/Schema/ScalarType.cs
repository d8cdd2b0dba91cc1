using EventAgents.Platform.GraphQL.Language;

namespace EventAgents.Platform.GraphQL.Schema;

/// <summary>A leaf type whose values are serialized, parsed from variables and parsed from literals by the given functions.
/// Each function receives a non-null value and throws <see cref="GraphQLException"/> when it cannot represent it.</summary>
public sealed partial class ScalarType : NamedType
{
    /// <summary>Creates a scalar.</summary>
    public ScalarType(
        string name,
        Func<object, object?> serialize,
        Func<object, object?> parseValue,
        Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?> parseLiteral,
        string? description = null,
        string? specifiedByUrl = null)
        : base(name, description)
    {
        Serialize = serialize;
        ParseValue = parseValue;
        ParseLiteral = parseLiteral;
        SpecifiedByUrl = specifiedByUrl;
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>Turns a resolved value into its response form.</summary>
    public Func<object, object?> Serialize { get; }

    /// <summary>Turns a variable's value into the internal value.</summary>
    public Func<object, object?> ParseValue { get; }

    /// <summary>Turns a literal (never a variable or null at the top) into the internal value.</summary>
    public Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?> ParseLiteral { get; }

    /// <summary>The URL of the scalar's specification, shown by @specifiedBy.</summary>
    public string? SpecifiedByUrl { get; }

    /// <summary>True for Int, Float, String, Boolean and ID.</summary>
    public bool IsSpecified => ReferenceEquals(this, Int) || ReferenceEquals(this, Float) || ReferenceEquals(this, String)
        || ReferenceEquals(this, Boolean) || ReferenceEquals(this, ID);
}
