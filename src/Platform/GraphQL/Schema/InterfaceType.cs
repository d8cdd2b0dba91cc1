namespace EventAgents.Platform.GraphQL.Schema;

/// <summary>An interface type.</summary>
public sealed class InterfaceType(string name, string? description = null) : ComplexType(name, description)
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Gives the name of the object type of a value, or null to fall back to the default resolution.</summary>
    public Func<object, string?>? ResolveType { get; internal set; }
}
