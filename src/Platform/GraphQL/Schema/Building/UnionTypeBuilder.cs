namespace EventAgents.Platform.GraphQL.Schema.Building;

/// <summary>Configures a union type.</summary>
public sealed class UnionTypeBuilder
{
    private readonly List<string> _types = [];

    internal UnionTypeBuilder(string name) => Name = name;

    /// <summary>The name.</summary>
    public string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal IReadOnlyList<string> TypeNames => _types;

    internal Func<object, string?>? TypeResolver { get; private set; }

    /// <summary>Sets the description.</summary>
    public UnionTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds member object types by name.</summary>
    public UnionTypeBuilder Types(params string[] types)
    {
        _types.AddRange(types);
        return this;
    }

    /// <summary>Gives the object type name of a value (null to fall back to the default resolution).</summary>
    public UnionTypeBuilder ResolveType(Func<object, string?> resolveType)
    {
        TypeResolver = resolveType;
        return this;
    }
}
