namespace EventAgents.Platform.GraphQL.Schema.Building;

/// <summary>Configures an enum type.</summary>
public sealed class EnumTypeBuilder
{
    private readonly List<EnumValueBuilder> _values = [];

    internal EnumTypeBuilder(string name) => Name = name;

    /// <summary>The name.</summary>
    public string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal IReadOnlyList<EnumValueBuilder> ValueBuilders => _values;

    /// <summary>Sets the description.</summary>
    public EnumTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds a value; its internal value is its name unless given.</summary>
    public EnumTypeBuilder Value(string name, Action<EnumValueBuilder>? configure = null) => Value(name, name, configure);

    /// <summary>Adds a value with an internal value.</summary>
    public EnumTypeBuilder Value(string name, object? value, Action<EnumValueBuilder>? configure = null)
    {
        var builder = new EnumValueBuilder(name, value);
        configure?.Invoke(builder);
        _values.Add(builder);
        return this;
    }

    /// <summary>Replaces the internal value of a value that was already added (for example from SDL).</summary>
    public EnumTypeBuilder MapValue(string name, object? value)
    {
        var index = _values.FindIndex(v => v.Name == name);
        if (index < 0)
        {
            throw new SchemaException($"Enum value \"{Name}.{name}\" is not defined.");
        }

        var old = _values[index];
        _values[index] = new EnumValueBuilder(name, value).CopyFrom(old);
        return this;
    }
}
