namespace EventAgents.Platform.GraphQL.Schema;

/// <summary>A union of object types.</summary>
public sealed class UnionType(string name, string? description = null) : NamedType(name, description)
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member types in definition order.</summary>
    public IReadOnlyList<ObjectType> Types { get; internal set; } = [];

    /// <summary>Gives the name of the object type of a value, or null to fall back to the default resolution.</summary>
    public Func<object, string?>? ResolveType { get; internal set; }
}
