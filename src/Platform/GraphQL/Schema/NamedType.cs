namespace EventAgents.Platform.GraphQL.Schema;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    /// <summary>Creates the type.</summary>
    protected NamedType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    /// <summary>The type's name.</summary>
    public string Name { get; }

    /// <summary>The type's description, if any.</summary>
    public string? Description { get; internal set; }

    /// <summary>True for object, interface and union types (types with selection sets).</summary>
    public bool IsComposite => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    /// <summary>True for interface and union types.</summary>
    public bool IsAbstract => Kind is TypeKind.Interface or TypeKind.Union;

    /// <summary>True for scalars and enums.</summary>
    public bool IsLeaf => Kind is TypeKind.Scalar or TypeKind.Enum;

    /// <inheritdoc />
    public override NamedType Named => this;

    /// <inheritdoc />
    public override string ToString() => Name;
}
