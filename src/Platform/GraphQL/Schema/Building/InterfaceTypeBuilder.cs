namespace EventAgents.Platform.GraphQL.Schema.Building;

/// <summary>Configures an interface type.</summary>
public sealed class InterfaceTypeBuilder : ComplexTypeBuilder<InterfaceTypeBuilder>
{
    internal InterfaceTypeBuilder(string name) : base(name)
    {
    }

    internal Func<object, string?>? TypeResolver { get; private set; }

    /// <summary>Gives the object type name of a value (null to fall back to the default resolution).</summary>
    public InterfaceTypeBuilder ResolveType(Func<object, string?> resolveType)
    {
        TypeResolver = resolveType;
        return this;
    }
}
