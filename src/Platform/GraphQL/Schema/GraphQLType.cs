namespace EventAgents.Platform.GraphQL.Schema;

/// <summary>A type of the schema: a named type, or a list or non-null wrapper around one.</summary>
public abstract class GraphQLType
{
    /// <summary>The kind of this type.</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>The named type at the core of any wrappers.</summary>
    public abstract NamedType Named { get; }

    /// <summary>True for scalars, enums, input objects and wrappers of them.</summary>
    public bool IsInputType => Named.Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>True for everything but input objects and wrappers of them.</summary>
    public bool IsOutputType => Named.Kind is not TypeKind.InputObject;

    /// <summary>The type without its non-null wrapper, if it has one.</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    /// <summary>The type as written in SDL, such as <c>[String!]!</c>.</summary>
    public abstract override string ToString();
}
